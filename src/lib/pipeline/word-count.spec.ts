import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordCount } from './word-count';

describe('wordCount', () => {
	it('counts the words of a French sentence', () => {
		expect(wordCount('Parler a été fondée en 2018 par John Matze.')).toBe(9);
		expect(wordCount('Samedi,\u00A0Google a suivi.')).toBe(4);
	});

	it('counts as split(/\\s+/u) does, empty pieces at the ends included', () => {
		for (const t of ['', ' ', 'Oui', ' Le maire ', 'a\n\tb', 'le\u202Fmaire\u3000a', 'x\uFEFFy'])
			expect(wordCount(t)).toBe(t.split(/\s+/u).length);
	});

	it('agrees with split(/\\s+/u) on any text', () => {
		const pieces = fc.constantFrom(
			'le',
			'é',
			' ',
			'  ',
			'\n',
			'\u00A0',
			'\u2009',
			'\u200B',
			'«',
			'😀'
		);
		fc.assert(
			fc.property(fc.array(pieces), (parts) => {
				const t = parts.join('');
				expect(wordCount(t)).toBe(t.split(/\s+/u).length);
			})
		);
	});
});
