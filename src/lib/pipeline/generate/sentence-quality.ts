import type { SentenceText } from '../extract/sentences';
import { SENTENCE_OPENERS } from '../ingest/refine/french-words';
import { wordCount } from '../word-count';

/**
 * Which sentences a question may quote. A question shows its sentence out of its article, so the
 * sentence must make sense alone and be clean French. Each rule below names a real case.
 */

/** `Sinon, il envisage…`, `D'autres réseaux…`, `Parmi eux, …`: meaningless without what came before. */
const LINKED_START =
	/^(?:Sinon|Car|Pour cette raison|Selon lui|Selon elle|Selon eux|D['’]autres|Parmi eux|Parmi elles|Là|Celui-ci|Celle-ci|Ce dernier|Cette dernière|Le lendemain|La veille|Aussi|Ainsi|Donc|Du coup|Pour cause)(?![\p{L}])/u;

/**
 * `Mais…`, `Toutefois,…`, `Par la suite,…`: a link to what came before that leaves the sentence
 * readable (fine around a gap), though not a statement to judge on its own.
 */
const MILD_LINK =
	/^(?:Mais|Et|Pourtant|Cependant|Toutefois|Par ailleurs|En effet|Or|Puis|De plus|En outre|Néanmoins|Enfin|Alors|Par la suite|En tout cas|Ensuite)(?![\p{L}])/u;

/** `cette infrastructure`, `ces décisions`, `ce type de contenus`: a demonstrative. */
const DEMONSTRATIVE =
	/(?<![\p{L}'’-])(?:cet|cette|ces)(?![\p{L}'’-])|(?<![\p{L}'’-])ce\s(?!qui|que|qu['’]|dont|n['’]|sont|soit|sera|serait)\p{L}/iu;

/** `Apple a suivi son exemple`, `à sa suite`: a possessive that always means someone else. */
const OTHERS_EXAMPLE =
	/(?<![\p{L}'’-])(?:son exemple|leur exemple|sa suite|leur suite|son tour|leur tour|ses traces|leurs traces)(?![\p{L}])/iu;

/** `cela`, `ça`, `ceci`: a pronoun standing for a whole earlier statement. */
const THAT = /(?<![\p{L}'’-])(?:cela|ça|ceci)(?![\p{L}'’-])/iu;

/** `Il a été rejeté par…`, `Elle a sauvé…`; not the impersonal `il est possible`, `il restait`, `il faut`. */
const PERSONAL_PRONOUN =
	/(?<![\p{L}'’-])(?:il|elle|ils|elles|lui)(?![\p{L}'’-])(?!\s(?:est|était|sera|serait|a été|y a|y avait|faut|fallait|s['’]agit|semble|reste|restait|existe|devient)\b)/iu;

/** `y ont notamment fleuri`: `y` standing for a place named before. */
const PRONOUN_Y = /(?<![\p{L}'’-])y\s(?:a|ont|avait|avaient|est|sont|sera|seront)(?![\p{L}])/iu;

/** `son exemple`, `ses pairs`, `leur plateforme`: a possessive. */
const POSSESSIVE = /(?<![\p{L}'’-])(?:son|sa|ses|leur|leurs)(?![\p{L}'’-])/iu;

/** `ont aussi suspendu`, `avaient également exclu`: a link to an earlier sentence (not `aussi… que`). */
const ALSO =
	/(?<![\p{L}'’-])(?<!mais\s)(?:également|aussi(?![^.]*\sque\s)(?!\sbien))(?![\p{L}'’-])/iu;

/**
 * Words that point to something outside the sentence: a demonstrative, a personal pronoun or a
 * possessive before any name in the sentence (after a name, they may well point back to it:
 * `AWS a déclaré avoir trouvé 98 publications… qu'elle doit modérer ce contenu`), `cela`, `y`,
 * `aussi`, `également` (not `mais aussi`).
 */
function pointsOutside(text: string): boolean {
	// The first word is capitalised anyway: it counts as a name when it is an acronym or is
	// followed by a verb (`Amazon a donc décidé…`), not when it is `Le`, `Selon`, `Samedi`.
	const firstIsName =
		/^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}\p{Ll}+(?=\s(?:a|ont|est|sont|avait|avaient|était|va|vont|doit|peut)\s))/u.test(
			text
		);
	const firstName = /(?<=\s|^)\p{Lu}\p{L}+/u.exec(
		firstIsName ? text : text.replace(/^\p{L}+/u, (w) => ' '.repeat(w.length))
	);
	const nameAt = firstName?.index ?? Infinity;
	const before = (re: RegExp) => {
		const m = re.exec(text);
		return m !== null && m.index < nameAt;
	};
	return (
		BACK_REFERENCE.test(text) ||
		OTHERS_EXAMPLE.test(text) ||
		THAT.test(text) ||
		PRONOUN_Y.test(text) ||
		ALSO.test(text) ||
		DEMONSTRATIVE.test(text) ||
		PERSONAL_PRONOUN.test(text) ||
		before(POSSESSIVE)
	);
}

/**
 * `Cela a pratiquement effacé Parler…`, `Des messages y ont fleuri`, `Il a été rejeté…`: a pronoun
 * standing for something named before. Unlike `cet incident` or `la plateforme`, which say what
 * they stand for, a pronoun leaves a gap question unreadable without the sentence before.
 */
export function pronounOutside(text: string): boolean {
	return THAT.test(text) || PRONOUN_Y.test(text) || PERSONAL_PRONOUN.test(text);
}

/** `nous`, `je`, `moi`, `mon`: a piece of someone's words, not a statement of the article. */
const SPEAKER =
	/(?<![\p{L}'’-])(?:nous|vous|je|j['’]|me|m['’]|moi|mon|ma|mes|notre|nos|on)(?![\p{L}'’-])/iu;

/** `Le site BuzzFeed`… fine; `réfléchisÀ l'Élysée`, `Cyrille P.Les jumeaux`: scraping debris. */
const GLUED = new RegExp(
	`\\p{Ll}(?:${[...SENTENCE_OPENERS, 'À'].join('|')})(?![\\p{Ll}])|\\p{Lu}\\.\\p{Lu}\\p{Ll}{2}`,
	'u'
);

/** `sur son .`, `l'intervention d'.`: words cut out where the page had a link. */
const TRUNCATED =
	/(?<![\p{L}'’-])(?:son|sa|ses|leur|le|la|les|un|une|des|du|de|au|aux|à|d['’]|l['’])\s*[.,;:!?)]/iu;

/**
 * `l'appli`, `le réseau social`, `la plateforme`, `le document`: a definite description standing
 * for something the article named earlier. The sentence needs the one before it. Not when a name
 * follows: `Le réseau social Parler était surtout à ses débuts en 2018…`; nor before a superlative,
 * which says which one is meant: `Parler était l'appli gratuite la plus téléchargée…`.
 */
const BACK_REFERENCE =
	/(?<![\p{L}'’-])(?:[Ll]['’]appli|[Ll]['’]application|[Ll]a plateforme|[Ll]a plate-forme|[Ll]e réseau social|[Ll]e réseau|[Ll]e site|[Ll]e groupe|[Ll]a société|[Ll]['’]entreprise|[Ll]e document|[Ll]a missive|[Ll]a lettre|[Ll]e magnat|[Ll]e titre|[Ll]e royaume|[Ll]a délégation|[Ll]['’]envahissement|[Ll]['’]attaque|[Ll]['’]assaut|[Ll]['’]affaire)(?![\p{L}'’-])(?!\s+(?:\p{Ll}+\s+)?\p{Lu})(?!\s+(?:\p{Ll}+\s+)?(?:la|le|les)\s(?:plus|moins)\s)/u;

/** `Twitter et et dans le contexte`: a word twice, a link lost by the scraper. */
const DOUBLED = /(?<![\p{L}])(\p{L}+) \1(?![\p{L}])/iu;

/**
 * A sentence a question can quote: not a sub-heading, 8 to 55 words, self-contained (no opening
 * link, no pronoun or demonstrative pointing outside it), not someone's words in the first person,
 * quotation marks balanced and the right way round, and no scraping debris.
 */
export const quotable = remembered(function quotable(s: SentenceText): boolean {
	return clean(s) && selfContained(s.text);
});

/**
 * Every generator asks the same questions of the same sentences: answers are kept by text (and
 * heading flag), the cache emptied when large so memory stays flat on big corpora.
 */
function remembered(test: (s: SentenceText) => boolean): (s: SentenceText) => boolean {
	const cache = new Map<string, boolean>();
	return (s) => {
		const key = (s.heading ? '#' : '') + s.text;
		let answer = cache.get(key);
		if (answer === undefined) {
			if (cache.size > 20000) cache.clear();
			answer = test(s);
			cache.set(key, answer);
		}
		return answer;
	};
}

/** `Parmi eux, …`, `Selon lui, …`, `Ainsi, …`: a sentence that continues the one before. */
export function linkedStart(text: string): boolean {
	return LINKED_START.test(text) || LINKED_START.test(text.replace(/^[^,]{1,30},\s/u, ''));
}

/**
 * `Aussi Amazon a-t-il décidé de suspendre le compte…`, `Pour cause, X a décidé…`: a consequence
 * of the sentence before, whose own statement is whole. Not a statement to judge alone, yet
 * readable around a gap, unlike `Parmi eux, …` or `Selon lui, …`.
 */
const CONSEQUENCE_START = /^(?:Aussi|Ainsi|Donc|Du coup|Pour cause|Pour cette raison)(?![\p{L}])/u;

/** A linked start that leaves the sentence readable around a gap: only a consequence link. */
export function readableAroundGap(text: string): boolean {
	const rest = text.replace(/^[^,]{1,30},\s/u, '');
	return !linkedStart(text) || CONSEQUENCE_START.test(text) || CONSEQUENCE_START.test(rest);
}

/**
 * `s'inscrit dans cette logique`, `dans ce contexte`: a sentence whose point is an idea stated
 * before it (a demonstrative of time, `cette semaine`, is fine).
 */
export function pointsToIdea(text: string): boolean {
	return /(?<![\p{L}])(?:cette|ce|cet)\s(?:logique|contexte|cadre|sens|situation|perspective|optique|démarche|idée|approche|esprit|raison)(?![\p{L}])/iu.test(
		text
	);
}

/** No opening link and nothing pointing outside the sentence. */
export function selfContained(text: string): boolean {
	return (
		!LINKED_START.test(text) &&
		!LINKED_START.test(text.replace(/^[^,]{1,30},\s/u, '')) &&
		!pointsOutside(text)
	);
}

/** Clean French of fair length that the article states (whether or not it needs context). */
export const clean = remembered(function clean(s: SentenceText): boolean {
	const words = wordCount(s.text);
	return (
		!s.heading &&
		words >= 8 &&
		words <= 55 &&
		!SPEAKER.test(s.text) &&
		!GLUED.test(s.text) &&
		!DOUBLED.test(s.text) &&
		!TRUNCATED.test(s.text) &&
		// `de sa création , rejetant…`: a space before a comma, a sign of a hasty copy.
		!/\s,/u.test(s.text) &&
		// `comme +consultants de l'Unesco+`: a news agency's inner-quote markup.
		!/(?:^|\s)\+\p{L}|\p{L}\+(?:\s|[.,;:]|$)/u.test(s.text) &&
		// `Il a été rejeté…`, `Elles ont…`: even with the sentence before, the reader may guess
		// wrong. Not the impersonal `Il s'agissait du premier déplacement…`, `Il y a…`; not a
		// possessive (`Son premier mandat de sept ans…`), whose noun says what is meant.
		!/^(?:Il|Elle|Ils|Elles|Lui)\s(?!(?<=^Il\s)(?:s['’]agit|s['’]agissait|y\s(?:a|avait|aura)|faut|fallait|existe|existait|reste|restait)(?![\p{L}]))/u.test(
			s.text
		) &&
		quotesBalanced(s.text) &&
		!/^["«“'»]/u.test(s.text) &&
		!/\?$/u.test(s.text)
	);
});

/**
 * Markers of opinion, speculation or someone else's claim: a true/false question asks about facts
 * the article reports, never about the author's view (`il semble indispensable`, `pourrait`).
 */
const NOT_A_FACT =
	/(?<![\p{L}])(?:\p{L}+(?:rait|raient)|il faut|faut-il|semble|sans doute|peut-être|probablement|incroyable|véritable|indispensable|simplement|évidemment|selon|aurait|auraient|estime|estiment|juge|jugent|accusé|accusée|accusés|soupçonné|présumé)(?![\p{L}])/iu;

/** A quotable sentence that reports a fact, with no link to what came before (for true/false). */
export const statesFact = remembered(function statesFact(s: SentenceText): boolean {
	return (
		quotable(s) &&
		wordCount(s.text) <= 40 &&
		!MILD_LINK.test(s.text) &&
		// `Approche alors Svetlana…`: a verb first, then `alors`, carries on the sentence before.
		!/^\p{Lu}\p{Ll}+\s(?:alors|ainsi|donc|aussi|ensuite)\s/u.test(s.text) &&
		!MILD_LINK.test(s.text.replace(/^[^,]{1,30},\s/u, '')) &&
		!NOT_A_FACT.test(s.text) &&
		!/["«»“”]/u.test(s.text)
	);
});

/** Straight quotes paired, guillemets paired and opening before closing. */
function quotesBalanced(text: string): boolean {
	// Each mark is counted only when the sentence has one: most have none.
	if (text.includes('"') && (text.match(/"/gu) ?? []).length % 2 !== 0) return false;
	let depth = 0;
	if (text.includes('«') || text.includes('»')) {
		for (const c of text) {
			if (c === '«') depth++;
			else if (c === '»' && --depth < 0) return false;
		}
	}
	if (depth !== 0) return false;
	if (!text.includes("'")) return true;
	// A straight apostrophe quotes when it is no elision (`l'`, `d'`, `qu'`…): `'Il est…'`.
	const quotes = [...text.matchAll(/'/gu)].filter((m) => {
		// Elisions are 7 letters at most: the last 9 characters tell, and a scan of the whole
		// sentence before each apostrophe would cost its length each time.
		const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, m.index - 9), m.index))?.[0] ?? '';
		return !/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|presqu|quoiqu|aujourd)$/iu.test(word);
	});
	return quotes.length % 2 === 0;
}
