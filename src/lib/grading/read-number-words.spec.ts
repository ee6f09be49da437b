import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { frenchNumberWords } from '../pipeline/facts/french-numbers';
import { normalizeAnswer } from './normalize-answer';
import { readNumberWords } from './read-number-words';

describe('readNumberWords', () => {
	test.each([
		['zero', 0],
		['zéro', 0],
		['un', 1],
		['une', 1],
		['cinq', 5],
		['dix sept', 17],
		['vingt et un', 21],
		['vingt un', 21],
		['soixante et onze', 71],
		['soixante onze', 71],
		['soixante dix', 70],
		['quatre vingt', 80],
		['quatre vingts', 80],
		['quatre vingt un', 81],
		['quatre vingt dix huit', 98],
		['cent', 100],
		['cent un', 101],
		['deux cent', 200],
		['deux cents', 200],
		['deux cent cinq', 205],
		['mille', 1000],
		['deux mille dix huit', 2018],
		['deux mille vingt et un', 2021],
		['quinze mille', 15000],
		['sept mille cinq cents', 7500],
		['un million', 1e6],
		['deux millions', 2e6],
		['un million deux cent mille', 1_200_000],
		['trois milliards', 3e9],
		// Belgium and Switzerland
		['septante', 70],
		['septante et un', 71],
		['nonante huit', 98],
		['huitante', 80],
		['octante', 80]
	])('%j → %i', (words, n) => {
		expect(readNumberWords(words)).toBe(n);
	});

	test.each([
		[''],
		['maison'],
		['cinq maisons'],
		['huit dix'],
		['dix dix'],
		['un mille'],
		['cent cent'],
		['vingt quatre vingt'],
		['dix huit quatre vingt'],
		['quatre vingt dix dix'],
		['million'],
		['et'],
		['cinqe']
	])('%j is not a number', (words) => {
		expect(readNumberWords(words)).toBeNull();
	});

	test('reads every number the generator writes, in both spellings', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
				const words = frenchNumberWords(n)!;
				expect(readNumberWords(normalizeAnswer(words).full)).toBe(n);
				expect(readNumberWords(normalizeAnswer(words.replace(/-/gu, ' ')).full)).toBe(n);
			})
		);
	});
});
