import type { Mention } from '../facts/types';
import type { SentenceText } from './sentences';
import { SENTENCE_OPENERS } from '../ingest/refine/french-words';

/** A capitalised word, or an elided one (`d'Amazon`, `qu’AWS`, `l'App`), with its position. */
const WORD =
	/(?<![\p{L}\d])(?:(?:[dlnsjmt]|qu|jusqu|lorsqu|puisqu)['’])?([\p{L}\d][\p{L}\d&-]*(?:\.(?=[\p{L}]))?[\p{L}\d&]*)/gu;

/** Capitalised words that do not name anything in particular. */
const NOT_NAMES = new Set(
	[
		...SENTENCE_OPENERS,
		'A',
		'À',
		'Ces',
		'Chez',
		'Comme',
		'Pour',
		'Parmi',
		'Malgré',
		'Bien',
		'Être',
		'Si',
		'Ni',
		'Oui',
		'Non',
		'Estimant',
		'Accusé',
		'Toutefois',
		'Néanmoins',
		'Aussi',
		'Peu',
		'Plusieurs',
		'Certains',
		'Certaines',
		'De',
		'Des',
		'Nombre',
		'Tous',
		'Toutes',
		'Tout',
		'Rien',
		'Chacun',
		'Cela',
		'Ceci',
		'Ça',
		'Quelques',
		// roles and units written in capitals are not names
		'CEO',
		'PDG',
		'DG',
		'DRH',
		'GMT',
		'UTC',
		'M',
		'MM',
		'Mme',
		'Mmes',
		'Mlle',
		'Dr',
		'Pr',
		'Me'
	].map((w) => w.normalize('NFC'))
);

const TITLES = /^(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me)\.?$/u;

/**
 * Names in a sentence: runs of capitalised words (`Amazon Web Services`, `John Matze`,
 * `États-Unis`, `BuzzFeed News`), elision removed (`d'Amazon` → `Amazon`). A sentence's first
 * word is capitalised anyway, so it counts only when the corpus also capitalises it inside a
 * sentence (`Parler est…` yes; `Samedi,`, `Précédemment,`, `Faut-il` no), or it is an acronym.
 */
export function extractMentions(sentence: SentenceText, { names, lower }: Vocabulary): Mention[] {
	const text = sentence.text;
	const first = firstWordAt(text);
	const mentions: Mention[] = [];
	let run: { word: string; start: number; end: number }[] = [];
	const flush = () => {
		while (run.length > 0 && !isName(run[0]!.word, run[0]!.start === first, names)) {
			run = run.slice(1);
		}
		// `ministre de la Justice Bill Barr`, `auprès de l'AFP Vitali Chkliarov`: an institution
		// glued to a person's name; the person is the last two words.
		if (
			run.length >= 3 &&
			(/^\p{Lu}{2,}$/u.test(run[0]!.word) || lower.has(run[0]!.word.toLowerCase()))
		) {
			run = run.slice(-2);
		}
		if (run.length > 0) {
			const start = run[0]!.start;
			const end = run.at(-1)!.end;
			mentions.push({
				kind: 'mention',
				article: sentence.article,
				sentence: sentence.index,
				start: sentence.start + start,
				end: sentence.start + end,
				text: sentence.text.slice(start, end)
			});
		}
		run = [];
	};
	// Every word is read (a lower-case one ends a run), but only capitalised ones are kept.
	let prevEnd = -1;
	WORD.lastIndex = 0;
	for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
		const word = m[1]!;
		const start = m.index + m[0].length - word.length;
		const capital = startsUpper(word) && !TITLES.test(word);
		// A name goes on only across a single space: `Google, Apple` are two names.
		const adjacent = prevEnd >= 0 && start === prevEnd + 1 && text[prevEnd] === ' ';
		prevEnd = start + word.length;
		if (!(capital && (run.length === 0 || adjacent))) flush();
		if (capital) run.push({ word, start, end: prevEnd });
	}
	flush();
	return mentions.filter((m) => /\p{L}{2}/u.test(m.text));
}

function isName(word: string, first: boolean, names: Set<string>): boolean {
	if (NOT_NAMES.has(word) || word.length < 2) return false;
	return !first || /^\p{Lu}{2,}/u.test(word) || names.has(word);
}

function firstWordAt(text: string): number {
	return /[\p{L}\d]/u.exec(text)?.index ?? 0;
}

/** `/^\p{Ll}/u`, with plain ASCII letters told without the pattern: most words are. */
function startsLower(word: string): boolean {
	const c = word.charCodeAt(0);
	if (c < 0x80) return c >= 0x61 && c <= 0x7a;
	return /^\p{Ll}/u.test(word);
}

/** `/^\p{Lu}/u`, the same way. */
function startsUpper(word: string): boolean {
	const c = word.charCodeAt(0);
	if (c < 0x80) return c >= 0x41 && c <= 0x5a;
	return /^\p{Lu}/u.test(word);
}

/** The end of the three characters before a word that starts a sentence: a stop, a line break. */
const AFTER_STOP = /(?:[.!?…]["»”]?\s*|^\s*|\n\s*)$/u;

/**
 * Words the texts capitalise inside a sentence (not after a stop), and never write in lower case:
 * the words that are names wherever they stand.
 */
export function vocabulary(texts: string[]): Vocabulary {
	const lower = new Set<string>();
	const capital = new Set<string>();
	for (const text of texts) {
		for (const m of text.matchAll(/(?<![\p{L}\d'’-])[\p{L}][\p{L}\d-]*/gu)) {
			if (startsLower(m[0])) lower.add(m[0]);
			else if (m.index > 0 && !AFTER_STOP.test(text.slice(Math.max(0, m.index - 3), m.index)))
				capital.add(m[0]);
		}
		// `d'Amazon`, `qu'Apple`: found from the apostrophe, not by a lookbehind at every character.
		for (const m of text.matchAll(/['’](\p{Lu}[\p{L}\d-]*)/gu))
			if (/(?:[dlnsjmt]|qu)$/u.test(text.slice(Math.max(0, m.index - 2), m.index)))
				capital.add(m[1]!);
	}
	return {
		names: new Set([...capital].filter((w) => !lower.has(w.toLowerCase()))),
		lower
	};
}

/** What the corpus says about its words: which are names, which are written in lower case. */
export interface Vocabulary {
	names: Set<string>;
	lower: Set<string>;
}
