import { describe, expect, it } from 'vitest';
import { firstProblem, isCount, isExactObject, isText, isTexts } from './wire-check';

describe('wire checks', () => {
	it('wants exactly the keys named, on a plain object', () => {
		expect(isExactObject({ t: 'Devoir', q: 'ab' }, ['t', 'q'])).toBe(true);
		expect(isExactObject({ t: 'Devoir' }, ['t', 'q'])).toBe(false);
		expect(isExactObject({ t: 'Devoir', q: 'ab', z: 1 }, ['t', 'q'])).toBe(false);
		expect(isExactObject(['t', 'q'], ['0', '1'])).toBe(false);
		expect(isExactObject(null, [])).toBe(false);
	});

	it('bounds texts and lists of texts', () => {
		expect(isText('Léa Martin', 80)).toBe(true);
		expect(isText('x'.repeat(81), 80)).toBe(false);
		expect(isText('0123456789', 10, /^[0-9a-f]{10}$/u)).toBe(true);
		expect(isText('pas hexa!!', 10, /^[0-9a-f]{10}$/u)).toBe(false);
		expect(isTexts(['a', 'b'], 2, 1)).toBe(true);
		expect(isTexts(['a', 'b', 'c'], 2, 1)).toBe(false);
		expect(isTexts(['a', 2], 2, 1)).toBe(false);
	});

	it('counts from one, in whole numbers', () => {
		expect([1, 3].map(isCount)).toEqual([true, true]);
		expect([0, 1.5, '2', null].map(isCount)).toEqual([false, false, false, false]);
	});

	it('names the first field that fails, or none', () => {
		const checks = { a: isCount, b: (x: unknown) => isText(x) };
		expect(firstProblem({ a: 2, b: 'ok' }, checks)).toBeNull();
		expect(firstProblem({ a: 0, b: 3 }, checks)).toBe('invalid a');
	});
});
