import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Response } from '../grading/types';
import { seal } from './envelope';
import { decodeResult, encodeResult, type ResultCode } from './result-code';

const id = fc.stringMatching(/^[a-z0-9]{1,3}$/);
const text = fc.string({ unit: 'binary', maxLength: 60 });
const response: fc.Arbitrary<Response> = fc.oneof(
	fc.record({
		type: fc.constantFrom('single', 'true-false', 'classification', 'evidence'),
		choice: id
	}),
	fc.record({ type: fc.constant('multiple'), choices: fc.array(id, { maxLength: 5 }) }),
	fc.record({ type: fc.constantFrom('cloze', 'short'), text }),
	fc.record({ type: fc.constant('ordering'), order: fc.array(id, { maxLength: 6 }) }),
	fc.record({ type: fc.constant('matching'), pairs: fc.dictionary(id, id, { maxKeys: 4 }) })
) as fc.Arbitrary<Response>;
const iso = fc
	.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
	.map((d) => d.toISOString());

const arbitraryResult: fc.Arbitrary<ResultCode> = fc.record({
	v: fc.constant(1 as const),
	assignment: fc.stringMatching(/^[0-9a-f]{10}$/),
	student: fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
	attempt: fc.integer({ min: 1, max: 99 }),
	responses: fc.dictionary(
		fc.stringMatching(/^[0-9a-f]{10}$/).map((h) => `q-${h}`),
		response,
		{ maxKeys: 15 }
	),
	started: iso,
	finished: iso
});

const example: ResultCode = {
	v: 1,
	assignment: '0a1b2c3d4e',
	student: 'Léa Martin-Dubois',
	attempt: 1,
	responses: {
		'q-0123456789': { type: 'single', choice: 'b' },
		'q-abcdefabcd': { type: 'cloze', text: "le Conseil d'État" },
		'q-1111111111': { type: 'matching', pairs: { l1: 'r2', l2: 'r1' } }
	},
	started: '2025-01-21T10:02:11.000Z',
	finished: '2025-01-21T10:14:52.000Z'
};

describe('encodeResult / decodeResult', () => {
	it('gives back every result it encodes', () => {
		fc.assert(
			fc.property(arbitraryResult, (r) => {
				expect(decodeResult(encodeResult(r))).toEqual({ ok: true, result: r });
			})
		);
	});

	it('detects any single changed character', () => {
		const chars = fc.constantFrom(...'AZaz09-_.=+/é'.split(''));
		fc.assert(
			fc.property(arbitraryResult, fc.nat(), chars, (r, n, by) => {
				const code = encodeResult(r);
				const i = n % code.length;
				const damaged = code.slice(0, i) + (by === code[i] ? '~' : by) + code.slice(i + 1);
				expect(decodeResult(damaged).ok).toBe(false);
			})
		);
	});

	it('is recognisable and ignores the spaces and line breaks a mail client adds', () => {
		const code = encodeResult(example);
		expect(code).toMatch(/^RCP1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
		const wrapped = code.match(/.{1,40}/gu)!.join('\r\n');
		expect(decodeResult(`  ${wrapped}\n`)).toEqual({ ok: true, result: example });
	});

	it('reports version, checksum and content errors by code', () => {
		expect(decodeResult(seal('RCP', 2, {}))).toMatchObject({ ok: false, error: 'version' });
		expect(decodeResult(seal('RCP', 1, { a: 'x' }))).toMatchObject({ ok: false, error: 'content' });
		const code = encodeResult(example);
		expect(decodeResult(code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'))).toMatchObject({
			error: 'checksum'
		});
		expect(decodeResult('RCP1.not-deflate.' + 'AAAAAA')).toMatchObject({ ok: false });
	});

	it('carries no score, only answers', () => {
		const wire = JSON.stringify(decodeResult(encodeResult(example)));
		expect(wire).not.toMatch(/score|points|verdict/u);
	});

	it('refuses to encode a result without a student name', () => {
		expect(() => encodeResult({ ...example, student: '' })).toThrow();
		expect(() => encodeResult({ ...example, attempt: 0 })).toThrow();
	});
});
