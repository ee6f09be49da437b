/**
 * Small hand-written checks for the data a link or code carries. The student's page runs them,
 * so they replace a schema library there: each returns the first problem found, as a short
 * English phrase for the error's detail, or null when the value is fine.
 */

/** A problem found in a value, or null. */
export type Problem = string | null;

/** A plain object (not null, not an array) whose keys are exactly `keys`. */
export function isExactObject(x: unknown, keys: readonly string[]): x is Record<string, unknown> {
	if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
	const own = Object.keys(x);
	return own.length === keys.length && keys.every((k) => Object.hasOwn(x, k));
}

/** A string of at most `max` UTF-16 units, matching `pattern` when one is given. */
export function isText(x: unknown, max = Infinity, pattern?: RegExp): x is string {
	return typeof x === 'string' && x.length <= max && (!pattern || pattern.test(x));
}

/** An array of at most `max` strings of at most `maxEach` units each. */
export function isTexts(x: unknown, max: number, maxEach: number): x is string[] {
	return Array.isArray(x) && x.length <= max && x.every((s) => isText(s, maxEach));
}

/** A whole number ≥ 1. */
export function isCount(x: unknown): x is number {
	return typeof x === 'number' && Number.isInteger(x) && x >= 1;
}

/** The first key of `checks` whose check fails on `data[key]`, as a detail, or null. */
export function firstProblem(
	data: Record<string, unknown>,
	checks: Record<string, (x: unknown) => boolean>
): Problem {
	for (const [key, ok] of Object.entries(checks)) if (!ok(data[key])) return `invalid ${key}`;
	return null;
}
