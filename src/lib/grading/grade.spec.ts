import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { choicesOf, Question, QuestionSet, type QuestionOf } from '../questions/schema';
import { grade } from './grade';
import type { Grade, Response } from './types';

const dir = new URL('../../../questions/sets/', import.meta.url);
const real: Question[] = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.flatMap(
		(f) => v.parse(QuestionSet, JSON.parse(readFileSync(new URL(f, dir), 'utf8'))).questions
	);

const base = {
	id: 'q-0000000006',
	prompt: 'Remettez les événements dans l’ordre.',
	evidence: [{ article: 'a', start: 0, end: 5, quote: 'texte' }],
	explanation: { fr: 'Voir l’article.', en: 'See the article.' },
	skill: 'order-events' as const,
	difficulty: 2 as const
};
const ordering: QuestionOf<'ordering'> = {
	...base,
	type: 'ordering',
	items: ['c', 'a', 'b'].map((id) => ({ id, text: `Événement ${id}` })),
	order: ['a', 'b', 'c']
};
const matching: QuestionOf<'matching'> = {
	...base,
	type: 'matching',
	left: ['q1', 'q2'].map((id) => ({ id, text: `Citation ${id}` })),
	right: ['p1', 'p2', 'p3'].map((id) => ({ id, text: `Personne ${id}` })),
	pairs: [
		{ left: 'q1', right: 'p1' },
		{ left: 'q2', right: 'p2' }
	]
};
const questions: Question[] = [...real, ordering, matching];

/** The right response to a question, built from the question itself. */
function rightResponse(q: Question): Response {
	const right = choicesOf(q).filter((c) => c.correct);
	switch (q.type) {
		case 'multiple':
			return { type: q.type, choices: right.map((c) => c.id) };
		case 'cloze':
		case 'short':
			return { type: q.type, text: q.accept[0]! };
		case 'ordering':
			return { type: q.type, order: q.order };
		case 'matching':
			return { type: q.type, pairs: Object.fromEntries(q.pairs.map((p) => [p.left, p.right])) };
		default:
			return { type: q.type, choice: right[0]!.id };
	}
}

/** A response of any type, with ids and texts taken from the question or made up. */
function anyResponse(q: Question): fc.Arbitrary<Response> {
	const ids = [
		...choicesOf(q).map((c) => c.id),
		...(q.type === 'ordering' ? q.order : []),
		...(q.type === 'matching' ? [...q.left, ...q.right].map((i) => i.id) : [])
	];
	const id = fc.oneof(fc.constantFrom(...ids, 'z'), fc.string());
	const text = fc.oneof(
		fc.string(),
		fc.string({ unit: 'grapheme' }),
		fc.constantFrom(...('accept' in q ? q.accept : ['x'])).map((s) => s.toUpperCase())
	);
	return fc.oneof(
		fc.record({
			type: fc.constantFrom('single', 'true-false', 'classification', 'evidence'),
			choice: id
		}),
		fc.record({ type: fc.constant('multiple'), choices: fc.array(id) }),
		fc.record({ type: fc.constantFrom('cloze', 'short'), text }),
		fc.record({ type: fc.constant('ordering'), order: fc.array(id) }),
		fc.record({ type: fc.constant('matching'), pairs: fc.dictionary(id, id) })
	) as fc.Arbitrary<Response>;
}

function consistent(g: Grade): void {
	expect(g.max).toBe(1);
	expect(g.points).toBeGreaterThanOrEqual(0);
	expect(g.points).toBeLessThanOrEqual(1);
	expect(Math.round(g.points * 100) / 100).toBe(g.points);
	if (g.verdict === 'right') expect(g.points).toBe(1);
	if (g.verdict === 'wrong' || g.verdict === 'unanswered') expect(g.points).toBe(0);
	if (g.verdict === 'partial') expect(g.points > 0 && g.points < 1).toBe(true);
}

describe('grade', () => {
	test('real questions are there to test on', () => {
		expect(real.length).toBeGreaterThan(10);
		expect(new Set(real.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
	});

	test.each(questions.map((q) => [q.type, q.id, q] as const))(
		'%s %s: the right response is right',
		(_, __, q) => {
			expect(grade(q, rightResponse(q))).toEqual({
				verdict: 'right',
				points: 1,
				max: 1,
				notes: []
			});
		}
	);

	test('no response is unanswered', () => {
		for (const q of questions) {
			expect(grade(q, undefined)).toEqual({ verdict: 'unanswered', points: 0, max: 1, notes: [] });
		}
	});

	test('no pick in a multiple choice is unanswered', () => {
		const q = real.find((q) => q.type === 'multiple')!;
		expect(grade(q, { type: 'multiple', choices: [] }).verdict).toBe('unanswered');
	});

	test('a response of another type is wrong, not an error', () => {
		const q = real.find((q) => q.type === 'single')!;
		expect(grade(q, { type: 'short', text: 'Apple' })).toEqual({
			verdict: 'wrong',
			points: 0,
			max: 1,
			notes: []
		});
		expect(grade(ordering, { type: 'matching', pairs: { a: 'b' } }).verdict).toBe('wrong');
	});

	test('a malformed response, as a damaged result code may hold, is wrong', () => {
		const broken = [
			{ type: 'single' },
			{ type: 'multiple', choices: 'a' },
			{ type: 'multiple', choices: [1, 2] },
			{ type: 'ordering', order: null },
			{ type: 'matching', pairs: null },
			{ type: 'matching', pairs: { q1: 3 } },
			{ type: 'short', text: 42 }
		] as unknown as Response[];
		for (const r of broken) {
			const q = questions.find((q) => q.type === r.type)!;
			expect(grade(q, r).verdict).toBe('wrong');
		}
	});

	test('never throws, and points stay within [0, 1], for any response to a real question', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...questions).chain((q) => fc.tuple(fc.constant(q), anyResponse(q))),
				([q, r]) => consistent(grade(q, r))
			),
			{ numRuns: 3000 }
		);
	});

	test('never throws on anything at all in place of a response', () => {
		fc.assert(
			fc.property(fc.constantFrom(...questions), fc.anything(), (q, r) => {
				consistent(grade(q, r as Response));
			})
		);
	});
});
