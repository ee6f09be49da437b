import type { Note } from './types';
import { foldAccents } from './fold-accents';
import { normalizeAnswer } from './normalize-answer';
import { readDate } from './read-date';
import { readNumber } from './read-number';
import { sameDate } from './same-date';
import { withinTypos } from './within-typos';

/** How closely a typed answer matches one accepted answer: the lower `level`, the closer. */
export interface AnswerMatch {
	/** 0 same words, 1 same number or date in another form, 2 other accents, 3 typing errors. */
	level: 0 | 1 | 2 | 3;
	notes: Note[];
}

/** Same value, whatever floating point does to `2,5 millions`. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * Compares a typed answer with one accepted answer, rule by rule (see README.md):
 * normalised words (`L’Élysée` = `l'élysée`), leading article (`Élysée`, pointed out), numbers
 * (`98` = `quatre-vingt-dix-huit`, never `96`), dates (`8h` = `08H00 GMT`, never `mardi` for
 * `lundi`), accents (`telechargee`, pointed out), typing errors (`Appel` for `Apple`, pointed out).
 * Gives null when the answer is not this one. A number or a date never gets typo tolerance.
 */
export function matchAnswer(accepted: string, given: string): AnswerMatch | null {
	const a = normalizeAnswer(accepted);
	const g = normalizeAnswer(given);
	if (g.full === '') return null;
	const found = { expected: accepted.trim(), given: given.trim() };
	const number = readNumber(a.full);
	const date = number ? null : readDate(a.full);
	// `le 11 janvier`: before a date or a number, `le`, `un` are no article to point out.
	const articleNote = a.article !== g.article && !number && !date;
	const notes: Note[] = articleNote ? [{ code: 'article', ...found }] : [];
	if (a.text === g.text) return { level: 0, notes };
	if (number) {
		const other = readNumber(g.full);
		return other && same(number.value, other.value) ? { level: 1, notes: [] } : null;
	}
	const otherDate = date && readDate(g.full);
	if (date && otherDate) return sameDate(date, otherDate) ? { level: 1, notes: [] } : null;
	const folded = foldAccents(a.text);
	const otherFolded = foldAccents(g.text);
	if (folded === otherFolded) return { level: 2, notes: [...notes, { code: 'accents', ...found }] };
	if (withinTypos(folded, otherFolded)) {
		return { level: 3, notes: [...notes, { code: 'typo', ...found }] };
	}
	return null;
}
