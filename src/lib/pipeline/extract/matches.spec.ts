import { describe, expect, it } from 'vitest';
import { allMatches, firstMatches } from './matches';

describe('allMatches', () => {
	it('finds what matchAll finds, with the same offsets', () => {
		const text = "« Nous allons tout faire », a déclaré l'ancien PDG.";
		const re = /\p{L}+/gu;
		expect(allMatches(re, text).map((m) => [m[0], m.index])).toEqual(
			[...text.matchAll(re)].map((m) => [m[0], m.index])
		);
	});

	it('finds nothing in a sentence without a match, and leaves the regex ready for reuse', () => {
		const re = /\d+/gu;
		expect(allMatches(re, 'Samedi, aucune annonce.')).toEqual([]);
		expect(allMatches(re, 'Le 6 janvier 2021').map((m) => m[0])).toEqual(['6', '2021']);
		expect(re.lastIndex).toBe(0);
	});

	it('does not loop on a pattern that can match nothing', () => {
		expect(allMatches(/x*/gu, 'ab').length).toBe(3);
	});
});

describe('firstMatches', () => {
	it('stops after the count asked for', () => {
		const words = firstMatches(/\p{L}+/gu, 'Amazon a coupé les serveurs de Parler samedi', 3);
		expect(words.map((m) => m[0])).toEqual(['Amazon', 'a', 'coupé']);
	});
});
