import * as chrono from 'chrono-node';
import type { DateFact } from '../facts/types';
import type { SentenceText } from './sentences';

/** Days as `weekday:N` numbers them: `weekday:6` is Saturday. */
export const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** `vendredi`, `Samedi,`, `mercredi soir`: a day of the week, named alone. */
const WEEKDAY = new RegExp(`(?<![\\p{L}-])(${WEEKDAYS.join('|')})(?![\\p{L}-])`, 'giu');

const WEEKDAY_NAME = new RegExp(WEEKDAYS.join('|'), 'iu');

/** Month names, January first: `MONTHS[0]` is `janvier`. */
export const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
];
const MONTH_NAME = MONTHS.join('|');

/** `6 janvier`, `08H00`: what chrono is asked to read. */
const MONTH_OR_TIME = new RegExp(`\\d[\\s-]*(?:${MONTH_NAME})|\\d\\s?[hH:]\\s?\\d`, 'iu');

/** `en juin 2018`: a month and its year, which chrono's French parser leaves out. */
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_NAME})\\s(1[89]\\d\\d|20\\d\\d)(?!\\d)`, 'gu');

/**
 * `La saison des pluies a commencé en mai`, `jusqu'à fin juillet`, `depuis début mars`: a month
 * named alone after a word of time (so not `Mars`, nor `mai` in another sense). No year: the
 * value is `????-05`.
 */
const MONTH_ALONE = new RegExp(
	`(?<=(?:^|\\s)(?:en|depuis|dès|fin|début|jusqu['’]en|courant|mi-)\\s?)(${MONTH_NAME})(?![\\p{L}-])(?!\\s+\\d)`,
	'gu'
);

/** chrono needs a reference date; only dates the text gives in full are kept, so any will do. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** `fondée en 2018`, `depuis 2019`, `à ses débuts en 2018`: a year on its own. */
const YEAR =
	/(?<=\b(?:en|depuis|dès|avant|après|de|fin|début|jusqu'en|jusqu’en)\s)(1[89]\d\d|20\d\d)(?![\d\p{L}])/gu;

/**
 * Dates and times the text states: `Le 6 janvier 2021`, `le 1er juillet 2020`, `08H00 GMT`,
 * `lundi`, `fondée en 2018`. chrono-node's French parser finds them; relative phrases
 * (`la semaine dernière`, `hier`) are left out because the article's own date is not always known.
 */
export function extractDates(sentence: SentenceText): DateFact[] {
	const facts: DateFact[] = [];
	// Every date chrono is asked for names a month or a time; skipping other sentences saves most of its time.
	const results = MONTH_OR_TIME.test(sentence.text)
		? chrono.fr.parse(sentence.text, REFERENCE)
		: [];
	for (const result of results) {
		const known = result.start;
		let granularity: DateFact['granularity'] | null = null;
		let value = '';
		const text = result.text;
		if (known.isCertain('day') && known.isCertain('month') && /\d/u.test(text)) {
			granularity = 'day';
			const y = known.isCertain('year') ? String(known.get('year')) : '????';
			value = `${y}-${pad(known.get('month'))}-${pad(known.get('day'))}`;
		} else if (known.isCertain('hour') && /\d/u.test(text)) {
			granularity = 'time';
			value = `${pad(known.get('hour'))}:${pad(known.get('minute'))}`;
		} else if (known.isCertain('month') && known.isCertain('year') && /\d{4}/u.test(text)) {
			granularity = 'month';
			value = `${known.get('year')}-${pad(known.get('month'))}`;
		}
		// `à 13H30` → `13H30`, `18 juin.` → `18 juin`: the gap holds the date alone.
		const lead = /^(?:à|le|vers|dès|depuis)\s/iu.exec(text)?.[0].length ?? 0;
		const bare = text.slice(lead).replace(/[\s.,;:]+$/u, '');
		if (granularity) facts.push(fact(sentence, result.index + lead, bare, granularity, value));
	}
	// Each pattern runs only on sentences holding what it needs: a weekday's name, four digits.
	for (const m of WEEKDAY_NAME.test(sentence.text) ? sentence.text.matchAll(WEEKDAY) : []) {
		if (overlaps(facts, sentence, m.index)) continue;
		const day = WEEKDAYS.indexOf(m[1]!.toLowerCase());
		facts.push(fact(sentence, m.index, m[0], 'weekday', `weekday:${day}`));
	}
	for (const m of sentence.text.matchAll(MONTH_YEAR)) {
		if (overlaps(facts, sentence, m.index)) continue;
		const month = MONTHS.indexOf(m[1]!) + 1;
		facts.push(fact(sentence, m.index, m[0], 'month', `${m[2]}-${pad(month)}`));
	}
	for (const m of sentence.text.matchAll(MONTH_ALONE)) {
		if (overlaps(facts, sentence, m.index)) continue;
		const month = MONTHS.indexOf(m[1]!) + 1;
		facts.push(fact(sentence, m.index, m[0], 'month', `????-${pad(month)}`));
	}
	for (const m of /1[89]\d\d|20\d\d/u.test(sentence.text) ? sentence.text.matchAll(YEAR) : []) {
		if (overlaps(facts, sentence, m.index)) continue;
		facts.push(fact(sentence, m.index, m[0], 'year', m[0]));
	}
	return facts.sort((a, b) => a.start - b.start);
}

function fact(
	s: SentenceText,
	at: number,
	text: string,
	granularity: DateFact['granularity'],
	value: string
): DateFact {
	return {
		kind: 'date',
		article: s.article,
		sentence: s.index,
		start: s.start + at,
		end: s.start + at + text.length,
		text,
		granularity,
		value
	};
}

function overlaps(facts: DateFact[], s: SentenceText, at: number): boolean {
	return facts.some((f) => f.start - s.start <= at && f.end - s.start > at);
}

function pad(n: number | null | undefined): string {
	return String(n ?? 0).padStart(2, '0');
}
