import { readNumberWords } from './read-number-words';

/** A number read from a typed answer, and how it was written. */
export interface ReadNumber {
	value: number;
	written: 'digits' | 'words';
}

const SCALE: Record<string, number> = { mille: 1e3, million: 1e6, milliard: 1e9 };

// `98`, `-5`, `15.000`, `15 000`, `15000`, `2,5`, `2.5`, `25 %`, `2,5 millions`, `15 mille`.
// A dot or space followed by exactly three digits groups thousands; otherwise a dot is a decimal
// point, as a learner used to English may type it.
const DIGITS =
	/^(-?)(\d{1,3}(?:[ .]\d{3})+|\d+)(?:[,.](\d+))?(?: ?(mille|million|milliard)s?)?(?: ?(?:%|pour ?cent))?$/u;
// `quatre vingt dix huit`, `vingt cinq pour cent`, `vingt cinq %`.
const WORDS = /^(.+?)(?: ?(?:%|pour ?cent))?$/u;

/**
 * Reads a number from a normalised answer (see `normalizeAnswer`), in digits with French
 * grouping and decimal comma or in French words: `15.000`, `15 000` and `quinze mille` all give
 * 15000; `2,5` gives 2.5; `25 %` and `vingt cinq pour cent` give 25 (the percent sign is a unit,
 * not part of the number). Gives null when the answer is not a number, or holds anything else.
 */
export function readNumber(text: string): ReadNumber | null {
	const digits = DIGITS.exec(text);
	if (digits) {
		const [, sign, whole, decimals, scale] = digits;
		const value = Number(`${sign}${whole!.replace(/[ .]/gu, '')}.${decimals ?? '0'}`);
		return { value: value * (scale ? SCALE[scale]! : 1), written: 'digits' };
	}
	const words = WORDS.exec(text);
	const value = words ? readNumberWords(words[1]!) : null;
	return value === null ? null : { value, written: 'words' };
}
