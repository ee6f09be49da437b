import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { frenchNumberWords, parseFrenchNumber } from './french-numbers';

describe('parseFrenchNumber', () => {
	test.each([
		['cinq', 5],
		['quatre-vingt-dix-huit', 98],
		['quatre vingt dix huit', 98],
		['soixante et onze', 71],
		['vingt-et-un', 21],
		['quatre-vingts', 80],
		['deux cents', 200],
		['deux mille vingt et un', 2021],
		['trois millions', 3_000_000],
		['mille', 1000]
	])('%s → %i', (words, n) => {
		expect(parseFrenchNumber(words)).toBe(n);
	});
	test.each([['maison'], [''], ['cinq maisons']])('%s is not a number', (words) => {
		expect(parseFrenchNumber(words)).toBeNull();
	});
});

describe('frenchNumberWords', () => {
	test.each([
		[98, 'quatre-vingt-dix-huit'],
		[21, 'vingt-et-un'],
		[71, 'soixante-et-onze'],
		[80, 'quatre-vingts'],
		[81, 'quatre-vingt-un'],
		[200, 'deux-cents'],
		[2021, 'deux-mille-vingt-et-un'],
		[15000, 'quinze-mille']
	])('%i → %s', (n, words) => {
		expect(frenchNumberWords(n)).toBe(words);
	});
	test('reads back every number it writes', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
				expect(parseFrenchNumber(frenchNumberWords(n)!)).toBe(n);
			})
		);
	});
});
