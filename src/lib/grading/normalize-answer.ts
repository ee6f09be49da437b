/** A typed answer reduced to what matters for comparison, and the leading article it had. */
export interface NormalizedAnswer {
	/** The whole normalised answer, its article included: `l'élysée`, `un million`. */
	full: string;
	/** Lower case, NFKC, one kind of apostrophe and space, no quotes, no leading article. */
	text: string;
	/** The leading article(s) removed (`la`, `l'`, `les`), or `''`. */
	article: string;
}

// Apostrophes a French keyboard, a phone or a word processor may produce: `l’article`, `lʼarticle`.
const APOSTROPHES = /[’'ʼ‘‛`´′ʹ＇]/gu;
// Quotes, with the (non-breaking) spaces inside them: `« Parler »`, `“Parler”`, `"Parler"`.
const QUOTES = /[«»“”„‟"‹›＂]/gu;
// Hyphens and dashes join words as a space does: `quatre-vingt-dix-huit`, `États–Unis`.
// A hyphen or minus right before a digit and after a space (or at the start) is a minus: `-5`.
const DASHES = /[‐‑‒–—―﹣－]|[-−](?!\d)|(?<=\S)[-−]/gu;
// Every kind of space (U+00A0 non-breaking and U+202F narrow included, tabs, new lines).
const SPACES = /[\s\u00a0\u202f\u2007\u180e]+/gu;
// Invisible characters that only get in the way: zero-width spaces and joiners, soft hyphens.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
// Punctuation ending (or opening) an answer: `98.`, `lundi !`, `'Parler'`.
const EDGE_PUNCTUATION = /^[\s'.,;:!?…¿¡]+|[\s'.,;:!?…]+$/gu;
const LEADING_PUNCTUATION = /^[\s'.,;:!?…¿¡]+/u;
// `la Maison Blanche`, `l'Élysée`, `les Républicains`, `un réseau social`, `des manifestants`.
const ARTICLE = /^(?:(?:le|la|les|un|une|des) |l')(?=\S)/u;

function clean(text: string): string {
	return text
		.replace(APOSTROPHES, "'")
		.replace(QUOTES, ' ')
		.normalize('NFKC')
		.toLocaleLowerCase('fr')
		.replace(APOSTROPHES, "'")
		.replace(QUOTES, ' ')
		.replace(INVISIBLE, '')
		.replace(/œ/gu, 'oe')
		.replace(/æ/gu, 'ae')
		.replace(/−/gu, '-')
		.replace(DASHES, ' ')
		.replace(SPACES, ' ')
		.replace(/ ?' ?/gu, "'")
		.replace(EDGE_PUNCTUATION, '')
		.normalize('NFC');
}

/**
 * Reduces a typed answer to its comparable form, so that case, Unicode form, apostrophes, quotes,
 * spaces, hyphens and final punctuation never count against the learner:
 * `« L’Élysée »` and `l'élysée.` both give `{ full: "l'élysée", text: 'élysée', article: "l'" }`;
 * `quatre-vingt-dix-huit` gives `quatre vingt dix huit`. Accents are kept (see `foldAccents`).
 * Idempotent (on `full` and on `text`), and never throws, whatever the input.
 */
export function normalizeAnswer(answer: string): NormalizedAnswer {
	let text = typeof answer === 'string' ? answer : '';
	// A second pass settles what the first one could leave: a mark freed by a removed character.
	for (let pass = 0; pass < 3; pass++) {
		const next = clean(text);
		if (next === text) break;
		text = next;
	}
	const full = text;
	let article = '';
	for (let m = ARTICLE.exec(text); m; m = ARTICLE.exec(text)) {
		article += m[0];
		text = text.slice(m[0].length).replace(LEADING_PUNCTUATION, '');
	}
	return { full, text, article: article.trim() };
}
