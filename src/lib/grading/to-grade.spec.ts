import { describe, expect, test } from 'vitest';
import { toGrade } from './to-grade';

describe('toGrade', () => {
	test.each([
		[1, 'right', 1],
		[0, 'wrong', 0],
		[-0.5, 'wrong', 0],
		[Number.NaN, 'wrong', 0],
		[0.5, 'partial', 0.5],
		[2 / 3, 'partial', 0.67],
		[1 / 3, 'partial', 0.33],
		[0.996, 'partial', 0.99],
		[0.001, 'partial', 0.01]
	])('%d → %s, %d points', (score, verdict, points) => {
		expect(toGrade(score, [])).toEqual({ verdict, points, max: 1, notes: [] });
	});
});
