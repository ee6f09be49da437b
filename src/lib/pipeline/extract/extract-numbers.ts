import { NUMBER_WORDS, parseFrenchNumber } from '../facts/french-numbers';
import type { NumberFact } from '../facts/types';
import { allMatches } from './matches';
import type { SentenceText } from './sentences';

/** `15.000`, `15 000`, `2,2`, `98`: digits with French grouping and decimal comma. */
const DIGITS =
	/(?<![\p{L}\d.,/-])(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?(?![\p{L}\d]|[.,]\d|[/-]\d)/gu;

/** Words that follow a number without being what it counts. */
const NOT_A_UNIT = new Set(
	(
		'de du des à au aux et ou en sur par pour avec sans qui que dont ont sont a est sera ' +
		'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
		'lundi mardi mercredi jeudi vendredi samedi dimanche h heures gmt fois'
	).split(' ')
);

const MONTHS =
	/^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/u;

/**
 * Numbers and what they count, in digits or in words:
 * `AWS a déclaré avoir trouvé 98 publications` → 98 `publications`;
 * `ayant entraîné la mort de 5 personnes` → 5 `personnes`; `cinq morts` → 5 `morts`; `25%` → 25 `%`.
 * Years (`en 2018`), dates (`6 janvier`), times (`08H00`), codes (`erreur 403,`) and numbers
 * glued to words (`COVID-19`, `1er`) are not counts and yield nothing.
 */
export function extractNumbers(sentence: SentenceText): NumberFact[] {
	const facts: NumberFact[] = [];
	for (const m of /\d/u.test(sentence.text) ? sentence.text.matchAll(DIGITS) : []) {
		const raw = m[1]!;
		const grouped = /[. ]/u.test(raw);
		const value = Number(raw.replace(/[. ]/gu, '') + (m[2] ? `.${m[2]}` : ''));
		if (!grouped && !m[2] && /^\d{4}$/u.test(raw) && value >= 1800 && value <= 2100) continue;
		const fact = withUnit(sentence, m.index, m[0], value, 'digits');
		if (fact) facts.push(fact);
	}
	facts.push(...wordNumbers(sentence));
	return facts.sort((a, b) => a.start - b.start);
}

/**
 * What a sentence must hold to count something in words: a number word other than `un`, `une`,
 * `et` (a run opening on one of these counts only when a hyphen follows it: `un-un`). Most
 * sentences hold none, and a scan for them is much cheaper than reading every word.
 */
const COUNT_WORD = new RegExp(
	`(?<![\\p{L}])(?:${[...NUMBER_WORDS].filter((w) => !['un', 'une', 'et'].includes(w)).join('|')})(?![\\p{L}])|(?<![\\p{L}])(?:un|une|et)-`,
	'u'
);

/** Finds runs of number words, joined by spaces or hyphens: `ayant fait cinq morts` → `cinq`. */
function wordNumbers(sentence: SentenceText): NumberFact[] {
	const facts: NumberFact[] = [];
	const text = sentence.text;
	if (!COUNT_WORD.test(text.toLowerCase())) return facts;
	const tokens = allMatches(/\p{L}+/gu, text);
	for (let i = 0; i < tokens.length; i++) {
		if (!NUMBER_WORDS.has(tokens[i]![0].toLowerCase())) continue;
		let j = i + 1;
		while (
			j < tokens.length &&
			NUMBER_WORDS.has(tokens[j]![0].toLowerCase()) &&
			/^[ -]$/u.test(text.slice(tokens[j - 1]!.index + tokens[j - 1]![0].length, tokens[j]!.index))
		) {
			j++;
		}
		// `million et demi`: a run never ends on `et`; `million` alone is no count.
		while (j > i + 1 && tokens[j - 1]![0].toLowerCase() === 'et') j--;
		const first = tokens[i]!;
		const last = tokens[j - 1]!;
		if (j === i + 1 && /^(?:millions?|milliards?|mille|cent)$/iu.test(first[0])) {
			i = j - 1;
			continue;
		}
		const words = text.slice(first.index, last.index + last[0].length);
		const value = parseFrenchNumber(words);
		const glued = /[\p{L}'’-]/u.test(text[first.index - 1] ?? '');
		// `un`, `une` are articles far more often than numbers; `et` alone is a conjunction;
		// `tous deux`, `toutes deux` are pronouns.
		const previous = tokens[i - 1]?.[0].toLowerCase() ?? '';
		if (
			value !== null &&
			value >= 2 &&
			!glued &&
			!/^(?:un|une|et)(?:\s|$)/iu.test(words) &&
			!/^tou(?:te)?s$/u.test(previous)
		) {
			const fact = withUnit(sentence, first.index, words, value, 'words');
			if (fact) facts.push(fact);
		}
		i = j - 1;
	}
	return facts;
}

/** Completes a number with the noun it counts, or null when none follows. */
function withUnit(
	sentence: SentenceText,
	at: number,
	text: string,
	value: number,
	written: NumberFact['written']
): NumberFact | null {
	const after = sentence.text.slice(at + text.length);
	let unit: string | null = null;
	const percent = /^\s?(?:%|pour ?cent\b)/u.exec(after);
	const words = /^\s((?:millions?|milliards?)\s(?:de\s|d['’])[\p{Ll}][\p{L}-]+)/u.exec(after);
	const noun = /^\s([\p{Ll}][\p{L}-]*)/u.exec(after);
	if (percent) unit = '%';
	else if (words) unit = words[1]!;
	else if (noun && !NOT_A_UNIT.has(noun[1]!) && !MONTHS.test(noun[1]!) && noun[1]!.length > 1) {
		unit = noun[1]!;
	}
	if (unit === null) return null;
	return {
		kind: 'number',
		article: sentence.article,
		sentence: sentence.index,
		start: sentence.start + at,
		end: sentence.start + at + text.length,
		value,
		text,
		unit,
		written
	};
}
