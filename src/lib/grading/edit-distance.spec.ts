import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
	test.each([
		['apple', 'appel', 1],
		['matze', 'matz', 1],
		['zuckerberg', 'zuckerburg', 1],
		['lundi', 'mardi', 3],
		['lundi', 'lundi', 0],
		['janvier', 'janveir', 1],
		['chat', 'chien', 3],
		['', 'abc', 3],
		['abc', '', 3],
		['ab', 'ba', 1],
		['ca', 'abc', 3]
	])('%s → %s: %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
	});

	test('is symmetric, zero only for equal words, and at most the longer length', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
				const d = editDistance(a, b);
				expect(editDistance(b, a)).toBe(d);
				expect(d === 0).toBe(a === b);
				expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
				expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
			})
		);
	});
});
