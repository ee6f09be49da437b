import type { DateFact, NumberFact } from '../facts/types';
import type { SentenceText } from '../extract/sentences';
import { significantDigits } from './distractors';

const COUNT_WORD = /^(?:deux|trois)$/iu;

/**
 * Whether a number is worth asking about. Not when it is trivial, ambiguous or derivable:
 * - at the sentence start (its capital letter would give it away among the choices);
 * - `deux`, `trois` in words after a determiner: `les deux entreprises`, `comme deux gouttes d'eau`;
 * - in a range or an alternative: `cinq ou six bouteilles`, `de 10 à 15 jours`, `1 à 0`;
 * - before the list it counts (`trois types : la subversion…`) or next to a conversion in brackets;
 * - written more than once in the sentence, or in the headline.
 */
export function askableNumber(n: NumberFact, s: SentenceText, title: string | null): boolean {
	const before = s.text.slice(0, n.start - s.start);
	const after = s.text.slice(n.end - s.start);
	return (
		before.trim() !== '' &&
		// `les deux entreprises`, `comme deux gouttes d'eau`: a known pair, an idiom; not `dans
		// trois stations`, a count.
		!(
			n.written === 'words' &&
			COUNT_WORD.test(n.text) &&
			/(?<![\p{L}])(?:[lL]es|[cC]es|des|aux|leurs|ses|nos|vos|mes|tes|comme|entre|tous|toutes)\s$/u.test(
				before
			)
		) &&
		// Read on the last six code units (an astral letter takes two): the same test, not run from
		// every letter of the sentence.
		!/[\d\p{L}]\s(?:ou|à|et|-)\s$/u.test(before.slice(-6)) &&
		!/^\s(?:ou|à|et|-)\s(?:\d|\p{L})/u.test(after) &&
		!/^\s\S+\s?:/u.test(after) &&
		!/^[^.]{0,25}\(\s?\d/u.test(after) &&
		!/\([^)]*$/u.test(before) &&
		s.text.split(n.text).length === 2 &&
		!(title ?? '').includes(n.text)
	);
}

const EVENT_NAMED_BY_DATE =
	/(?<![\p{L}])(?:attentats?|appel|accords?|massacre|séisme|coup d['’](?:É|E)tat|révolution|traité|manifestations?|journée|marche|mouvement|sommet|élections?)\s(?:du|de|d['’])\s?$/iu;

/**
 * Whether a date is worth asking about: not at the sentence start, not written twice nor in the
 * headline, not next to a conversion (`13h00 (12h00 GMT)`).
 */
export function askableDate(d: DateFact, s: SentenceText, title: string | null): boolean {
	const before = s.text.slice(0, d.start - s.start);
	const after = s.text.slice(d.end - s.start);
	return (
		before.trim() !== '' &&
		// `depuis les attentats du 11 septembre 2001`, `l'appel du 18 juin`: the date names the
		// event, and the event gives the date.
		!EVENT_NAMED_BY_DATE.test(before) &&
		s.text.split(d.text).length === 2 &&
		!/^\s?\(/u.test(after) &&
		!/\([^)]*$/u.test(before) &&
		!(title ?? '').includes(d.text)
	);
}

/** A typed answer is fair for a year or a round number (`2018`, `5`, `15.000`), not for `309.047`. */
export function typeable(n: NumberFact): boolean {
	return significantDigits(n.value) <= 2;
}
