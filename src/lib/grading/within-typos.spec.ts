import { describe, expect, test } from 'vitest';
import { withinTypos } from './within-typos';

describe('withinTypos', () => {
	test.each([
		// 5 to 8 letters: one error
		['apple', 'appel'],
		['matze', 'matzee'],
		['lundi', 'lundy'],
		['google', 'gogle'],
		['janvier', 'janveir'],
		// 9 letters and more: two errors
		['zuckerberg', 'zukerburg'],
		['telechargee', 'telecharger'],
		['telechargee', 'telechrgee'],
		['washington', 'wahsingtn'],
		// word by word: each word its own allowance
		['john matze', 'john matzz'],
		['christopher wray', 'christophe wray'],
		// spaces only
		['jean luc', 'jeanluc'],
		['11 janvier', '11 janvir']
	])('%j accepts %j', (expected, given) => {
		expect(withinTypos(expected, given)).toBe(true);
	});

	test.each([
		// another real word of the same length
		['lundi', 'mardi'],
		// short words: no error at all
		['mai', 'mars'],
		['juin', 'juil'],
		['lyon', 'lion'],
		['aws', 'asw'],
		['john matze', 'jean matze'],
		// too many errors for the length
		['apple', 'appelle'],
		['matze', 'motzi'],
		['zuckerberg', 'zakarberk'],
		// never the first letter
		['google', 'toogle'],
		['biden', 'widen'],
		// numbers never
		['98', '96'],
		['15000', '15001'],
		['2018', '2081'],
		['11 janvier', '12 janvier'],
		['seize', 'seise'],
		['quarante', 'quaranta'],
		['cinquante', 'cinquente'],
		// not the same number of words
		['john matze', 'matze'],
		['jean luc', 'jeanlu']
	])('%j refuses %j', (expected, given) => {
		expect(withinTypos(expected, given)).toBe(false);
	});
});
