import { editDistance } from './edit-distance';
import { readNumberWords } from './read-number-words';

/**
 * How many typing errors a word of the article may suffer and still be recognised: none up to
 * 4 letters (`mai`, `juin`, `Lyon`: one letter makes another word), 1 from 5 to 8 letters
 * (`Apple`/`Appel`, `Matze`/`Matz`), 2 from 9 letters on (`Zuckerberg`/`Zuckerburg`).
 */
function allowance(word: string): number {
	return word.length <= 4 ? 0 : word.length <= 8 ? 1 : 2;
}

/**
 * Whether `given` is `expected` with a few typing errors, word by word. Both are normalised and
 * accent-folded. Each word may differ by its own allowance (see `allowance`), but never in its
 * first letter, and never when it holds a digit or is a French number word (`98` ≠ `96`,
 * `seize` ≠ `treize`). Words run together or split apart count as typos too (`Jean Luc`/`Jeanluc`).
 */
export function withinTypos(expected: string, given: string): boolean {
	const e = expected.split(' ');
	const g = given.split(' ');
	if (e.length !== g.length) {
		// Only the spaces differ: `Jeanluc` for `Jean Luc`; nothing else may differ then.
		return e.join('') === g.join('') && !/\d/u.test(expected);
	}
	return e.every((word, i) => {
		const other = g[i]!;
		if (word === other) return true;
		if (/\d/u.test(word + other) || readNumberWords(word) !== null) return false;
		if (word[0] !== other[0]) return false;
		return editDistance(word, other) <= allowance(word);
	});
}
