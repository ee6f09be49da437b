import { foldAccents } from './fold-accents';
import { readNumberWords } from './read-number-words';

/** What a French date or time says; absent parts were not said. `weekday`: 0 Sunday … 6 Saturday. */
export interface DateParts {
	weekday?: number;
	day?: number;
	month?: number;
	year?: number;
	hour?: number;
	minute?: number;
	/** `GMT`, `UTC`: the time is universal time, not local time. */
	utc?: boolean;
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS: Record<string, number> = {
	janvier: 1,
	janv: 1,
	fevrier: 2,
	fevr: 2,
	fev: 2,
	mars: 3,
	avril: 4,
	avr: 4,
	mai: 5,
	juin: 6,
	juillet: 7,
	juil: 7,
	aout: 8,
	septembre: 9,
	sept: 9,
	octobre: 10,
	oct: 10,
	novembre: 11,
	nov: 11,
	decembre: 12,
	dec: 12
};
// Words around a date that say nothing about it: `le 11 janvier`, `à 8h`, `vers 20h`, `en mai`.
const FILLERS = new Set(['le', 'a', 'vers', 'en']);
const HOUR_MARK = new Set(['h', 'heure', 'heures', ':']);

/**
 * Reads a date or time in the usual French forms, from a normalised answer: `lundi 11 janvier`,
 * `le 1er mai 2021`, `premier mai`, `onze janvier`, `11/01/2021`, `08H00 GMT`, `8 h`,
 * `8 heures 30`, `8:00`, `midi`, `12 mai à 20h55`. Gives null unless the whole answer is a date
 * or time with at least a weekday, a month or an hour: a bare year (`2018`) is read as a number.
 */
export function readDate(text: string): DateParts | null {
	const folded = foldAccents(text);
	if (!/^[\da-z:/ ,.']*$/u.test(folded)) return null;
	const t = folded.match(/\d+|[a-z]+|[:/]/gu) ?? [];
	const parts: DateParts = {};
	const set = (key: keyof DateParts, value: number | boolean | undefined): boolean => {
		if (value === undefined || parts[key] !== undefined) return false;
		(parts as Record<string, unknown>)[key] = value;
		return true;
	};
	for (let i = 0; i < t.length;) {
		const w = t[i]!;
		const next = t[i + 1] ?? '';
		let ok = true;
		let used = 1;
		if (FILLERS.has(w)) ok = true;
		else if (WEEKDAYS.includes(w)) ok = set('weekday', WEEKDAYS.indexOf(w));
		else if (w === 'midi' || w === 'minuit') ok = set('hour', w === 'midi' ? 12 : 0);
		else if (w === 'gmt' || w === 'utc') ok = set('utc', true);
		else if (w in MONTHS) {
			ok = set('month', MONTHS[w]);
			if (/^\d{4}$/u.test(next)) used += Number(set('year', Number(next)));
		} else if (/^\d+$/u.test(w) && HOUR_MARK.has(next)) {
			ok = set('hour', Number(w));
			used = 2;
			if (/^\d{2}$/u.test(t[i + 2] ?? '')) used += Number(set('minute', Number(t[i + 2])));
		} else if (/^\d+$/u.test(w) && next === '/' && /^\d+$/u.test(t[i + 2] ?? '')) {
			// `11/01` or `11/01/2021`
			const year = t[i + 3] === '/' && /^\d{4}$/u.test(t[i + 4] ?? '') ? t[i + 4] : undefined;
			ok = set('day', Number(w)) && set('month', Number(t[i + 2])) && (!year || set('year', +year));
			used = year ? 5 : 3;
		} else {
			// A day before its month: `11 janvier`, `1er mai`, `premier mai`, `vingt et un mai`.
			let end = i;
			while (end < t.length && !(t[end]! in MONTHS)) end++;
			const words = t.slice(i, end).join(' ');
			const day = /^\d+( er)?$/u.test(words)
				? parseInt(words, 10)
				: words === 'premier'
					? 1
					: (readNumberWords(words) ?? undefined);
			ok = end < t.length && end - i <= 3 && set('day', day);
			used = end - i;
		}
		if (!ok) return null;
		i += used;
	}
	const { day, month, hour, minute } = parts;
	if (parts.weekday === undefined && month === undefined && hour === undefined) return null;
	if (day !== undefined && (day < 1 || day > 31 || month === undefined)) return null;
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if ((hour ?? 0) > 24 || (minute ?? 0) > 59) return null;
	return parts;
}
