import type { Grade, Note } from './types';

/**
 * A grade from a raw score between 0 and 1: `right` only for the full point, `wrong` for none,
 * `partial` in between, with points rounded to hundredths but never to 0 or 1 when partial
 * (`0.996` of an ordering is not a right answer).
 */
export function toGrade(score: number, notes: Note[]): Grade {
	if (!(score > 0)) return { verdict: 'wrong', points: 0, max: 1, notes };
	if (score >= 1) return { verdict: 'right', points: 1, max: 1, notes };
	const points = Math.min(0.99, Math.max(0.01, Math.round(score * 100) / 100));
	return { verdict: 'partial', points, max: 1, notes };
}
