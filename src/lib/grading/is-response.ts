import type { Response } from './types';

const strings = (x: unknown): x is string[] =>
	Array.isArray(x) && x.every((s) => typeof s === 'string');

const CHOICE_TYPES = new Set(['single', 'true-false', 'classification', 'evidence']);

/**
 * Whether a value, perhaps read back from storage or decoded from a result code, is a response of
 * a known type with the shape that type says.
 */
export function isResponse(x: unknown): x is Response {
	if (typeof x !== 'object' || x === null) return false;
	const r = x as Record<string, unknown>;
	switch (r.type) {
		case 'multiple':
			return strings(r.choices);
		case 'ordering':
			return strings(r.order);
		case 'matching':
			return (
				typeof r.pairs === 'object' &&
				r.pairs !== null &&
				!Array.isArray(r.pairs) &&
				Object.values(r.pairs).every((v) => typeof v === 'string')
			);
		case 'cloze':
		case 'short':
			return typeof r.text === 'string';
		default:
			return CHOICE_TYPES.has(r.type as string) && typeof r.choice === 'string';
	}
}
