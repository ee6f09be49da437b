import { describe, expect, it } from 'vitest';
import { compiledPattern } from './compiled-pattern';

describe('compiledPattern', () => {
	it('gives the same pattern object for the same source and flags', () => {
		const a = compiledPattern('déclaré\\s+que', 'u');
		expect(compiledPattern('déclaré\\s+que', 'u')).toBe(a);
		expect(a.test('Le ministre a déclaré que la réforme serait votée.')).toBe(true);
		expect(a.test('Le ministre a démenti la rumeur.')).toBe(false);
	});

	it('tells flags apart', () => {
		const plain = compiledPattern('préfet', 'u');
		const folded = compiledPattern('préfet', 'iu');
		expect(folded).not.toBe(plain);
		expect(plain.test('Le Préfet de police a parlé.')).toBe(false);
		expect(folded.test('Le Préfet de police a parlé.')).toBe(true);
	});

	it('refuses global and sticky patterns, whose lastIndex would carry over', () => {
		expect(() => compiledPattern('maire', 'gu')).toThrow();
		expect(() => compiledPattern('maire', 'yu')).toThrow();
	});

	it('still answers right once the cache has been emptied', () => {
		for (let i = 0; i < 2100; i++) compiledPattern(`mot${i}`, 'u');
		expect(compiledPattern('mot5', 'u').test('le mot5 du maire')).toBe(true);
		expect(compiledPattern('mot5', 'u').test('le mot6 du maire')).toBe(false);
	});
});
