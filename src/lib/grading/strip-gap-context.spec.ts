import { describe, expect, test } from 'vitest';
import { stripGapContext } from './strip-gap-context';

const before = 'Suite à cet incident majeur, ayant entraîné la mort de ';
const after = ' personnes au total, les géants de la technologie ont pris des mesures.';

describe('stripGapContext', () => {
	test.each([
		['5', '5'],
		['5 personnes', '5'],
		['5 personnes au total', '5'],
		['de 5', '5'],
		['la mort de 5 personnes', '5'],
		['cinq Personnes.', 'cinq'],
		// nothing but the context: the last word stays, to be graded
		['personnes', 'personnes'],
		// words that are not the context stay
		['5 morts', '5 morts'],
		['environ 5', 'environ 5']
	])('%j → %j', (given, answer) => {
		expect(stripGapContext(before, after, given)).toBe(answer);
	});

	test('the year after `lancé en`', () => {
		expect(
			stripGapContext('Parler est un réseau social lancé en ', ' et présenté', 'en 2018')
		).toBe('2018');
	});
});
