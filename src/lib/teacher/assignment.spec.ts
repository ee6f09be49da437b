import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentId, decodeAssignment, encodeAssignment, type Assignment } from './assignment';
import { seal } from './envelope';
import { assignmentOf, single } from './test-fixtures';

const iso = fc
	.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
	.map((d) => d.toISOString());

/** Any assignment a teacher could make, titles in any script (lone surrogates included). */
const arbitraryAssignment: fc.Arbitrary<Assignment> = fc.record({
	v: fc.constant(1 as const),
	title: fc.string({ unit: 'binary', maxLength: 120 }),
	setIds: fc.array(fc.stringMatching(/^[a-z0-9_-]{1,40}$/), { maxLength: 6 }),
	questionIds: fc.array(
		fc.stringMatching(/^[0-9a-f]{10}$/).map((h) => `q-${h}`),
		{ minLength: 1, maxLength: 40 }
	),
	shuffle: fc.boolean(),
	feedback: fc.constantFrom('each' as const, 'end' as const),
	attempts: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
	due: fc.option(
		fc.oneof(
			iso,
			iso.map((d) => d.slice(0, 10))
		),
		{ nil: null }
	),
	created: iso
});

const example = assignmentOf([single('0123456789'), single('abcdefabcd')]);

/** Replaces the character at `i` by another of the code's alphabet, or by a stray one. */
function corrupt(text: string, i: number, by: string): string {
	const replacement = by === text[i] ? (by === 'A' ? 'B' : 'A') : by;
	return text.slice(0, i) + replacement + text.slice(i + 1);
}

describe('encodeAssignment / decodeAssignment', () => {
	it('gives back every assignment it encodes', () => {
		fc.assert(
			fc.property(arbitraryAssignment, (a) => {
				expect(decodeAssignment(encodeAssignment(a))).toEqual({ ok: true, assignment: a });
			})
		);
	});

	it('detects any single changed character', () => {
		const chars = fc.constantFrom(...'AZaz09-_.=+/ é#'.split(''));
		fc.assert(
			fc.property(arbitraryAssignment, fc.nat(), chars, (a, n, by) => {
				const code = encodeAssignment(a);
				const damaged = corrupt(code, n % code.length, by);
				fc.pre(damaged.replace(/\s/gu, '') !== code);
				expect(decodeAssignment(damaged).ok).toBe(false);
			})
		);
	});

	it('writes only characters safe in a URL fragment', () => {
		expect(encodeAssignment(example)).toMatch(/^A1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
	});

	it('reads a whole link, and one broken across lines by a mail client', () => {
		const code = encodeAssignment(example);
		const link = `https://recoupe.example/devoir/#${code.slice(0, 30)}\n  ${code.slice(30)}`;
		expect(decodeAssignment(link)).toEqual({ ok: true, assignment: example });
	});

	it('explains a cut link as a format error and a changed one as a checksum error', () => {
		const code = encodeAssignment(example);
		expect(decodeAssignment(code.slice(0, 40))).toMatchObject({ ok: false, error: 'format' });
		const i = code.indexOf('.') + 5;
		expect(decodeAssignment(corrupt(code, i, 'x'))).toMatchObject({ ok: false, error: 'checksum' });
		expect(decodeAssignment('')).toMatchObject({ ok: false, error: 'format' });
	});

	it('tells an intact link of another version from a damaged one', () => {
		const newer = seal('A', 2, { anything: true });
		expect(decodeAssignment(newer)).toMatchObject({ ok: false, error: 'version' });
		const code = encodeAssignment(example);
		expect(decodeAssignment(code.replace(/^A1/u, 'A2'))).toMatchObject({ error: 'checksum' });
	});

	it('refuses intact envelopes whose content is not an assignment', () => {
		const wrong = seal('A', 1, { t: 'Devoir', q: 'pas des identifiants' });
		expect(decodeAssignment(wrong)).toMatchObject({ ok: false, error: 'content' });
	});

	it('refuses to encode an assignment no student could take', () => {
		expect(() => encodeAssignment({ ...example, questionIds: [] })).toThrow();
		expect(() => encodeAssignment({ ...example, questionIds: ['q-zz'] })).toThrow();
		expect(() => encodeAssignment({ ...example, attempts: 0 })).toThrow();
	});
});

describe('assignmentId', () => {
	it('is stable and short, and differs when any setting differs', () => {
		expect(assignmentId(example)).toMatch(/^[0-9a-f]{10}$/);
		expect(assignmentId({ ...example })).toBe(assignmentId(example));
		expect(assignmentId({ ...example, shuffle: true })).not.toBe(assignmentId(example));
		expect(assignmentId({ ...example, created: '2025-01-20T09:12:45.512Z' })).not.toBe(
			assignmentId(example)
		);
	});
});
