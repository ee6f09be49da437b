import { describe, expect, test } from 'vitest';
import { normalizeAnswer } from './normalize-answer';
import { readNumber } from './read-number';

const read = (text: string) => readNumber(normalizeAnswer(text).full);

describe('readNumber', () => {
	test.each([
		['98', 98, 'digits'],
		['quatre-vingt-dix-huit', 98, 'words'],
		['quatre vingt dix huit', 98, 'words'],
		['quatre-vingt dix-huit', 98, 'words'],
		['15.000', 15000, 'digits'],
		['15 000', 15000, 'digits'],
		['15\u00a0000', 15000, 'digits'],
		['15\u202f000', 15000, 'digits'],
		['15000', 15000, 'digits'],
		['quinze mille', 15000, 'words'],
		['15 mille', 15000, 'digits'],
		['1 500 000', 1_500_000, 'digits'],
		['2,5', 2.5, 'digits'],
		['2,50', 2.5, 'digits'],
		['2.5', 2.5, 'digits'],
		['2,5 millions', 2_500_000, 'digits'],
		['25 %', 25, 'digits'],
		['25%', 25, 'digits'],
		['25\u00a0%', 25, 'digits'],
		['25 pour cent', 25, 'digits'],
		['vingt-cinq pour cent', 25, 'words'],
		['vingt-cinq %', 25, 'words'],
		['-5', -5, 'digits'],
		['98.', 98, 'digits'],
		['cinq', 5, 'words']
	])('%j → %d in %s', (text, value, written) => {
		expect(read(text)).toEqual({ value, written });
	});

	test.each([
		['98 publications'],
		['quatre-vingt-dix-huit publications'],
		['1 2'],
		['15 00'],
		['2,5,5'],
		['Matze'],
		['8h00'],
		['11 janvier'],
		['']
	])('%j is not a number', (text) => {
		expect(read(text)).toBeNull();
	});
});
