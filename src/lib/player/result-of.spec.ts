import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult } from '$lib/teacher';
import { resultOf } from './result-of';

describe('resultOf', () => {
	it('gives a code the dashboard reads back, with only answered questions', () => {
		const r = resultOf(
			'0123456789',
			{ student: 'Léa', started: '2026-11-23T10:00:00Z', finished: '2026-11-23T10:20:00Z' },
			2,
			{ 'q-000000000a': { type: 'single', choice: 'c2' }, 'q-000000000b': undefined }
		);
		const back = decodeResult(encodeResult(r));
		expect(back.ok && back.result).toEqual({
			v: 1,
			assignment: '0123456789',
			student: 'Léa',
			attempt: 2,
			responses: { 'q-000000000a': { type: 'single', choice: 'c2' } },
			started: '2026-11-23T10:00:00Z',
			finished: '2026-11-23T10:20:00Z'
		});
	});
});
