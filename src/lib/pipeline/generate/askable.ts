import type { DateFact, NumberFact } from '../facts/types';
import type { SentenceText } from '../extract/sentences';

const COUNT_WORD = /^(?:deux|trois)$/iu;

/**
 * Whether a number is worth asking about. Not when it is trivial or ambiguous in its sentence:
 * - at the sentence start (its capital letter would give it away among the choices);
 * - `deux`, `trois` in words: `les deux entreprises`, `comme deux gouttes d'eau`;
 * - in a range or an alternative: `cinq ou six bouteilles`, `de 10 à 15 jours`, `1 à 0`;
 * - before the list it counts: `trois types : la subversion, le séparatisme…`;
 * - written more than once in the sentence.
 */
export function askableNumber(n: NumberFact, s: SentenceText): boolean {
	const before = s.text.slice(0, n.start - s.start);
	const after = s.text.slice(n.end - s.start);
	return (
		before.trim() !== '' &&
		!(n.written === 'words' && COUNT_WORD.test(n.text)) &&
		!/(?:\d|\p{L}+)\s(?:ou|à|et|-)\s$/u.test(before) &&
		!/^\s(?:ou|à|et|-)\s(?:\d|\p{L})/u.test(after) &&
		!/^\s\S+\s?:/u.test(after) &&
		s.text.split(n.text).length === 2
	);
}

/**
 * Whether a date is worth asking about: not at the sentence start, not written twice, and not a
 * weekday next to a speaker (`a promis jeudi soir Donald Trump`: the day is a detail of the quote).
 */
export function askableDate(d: DateFact, s: SentenceText): boolean {
	const before = s.text.slice(0, d.start - s.start);
	const after = s.text.slice(d.end - s.start);
	return (
		before.trim() !== '' &&
		s.text.split(d.text).length === 2 &&
		!(
			d.granularity === 'weekday' && /^(?:\s(?:soir|matin|midi|après-midi))?,?\s\p{Lu}/u.test(after)
		)
	);
}
