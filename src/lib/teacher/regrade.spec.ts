import { describe, expect, it } from 'vitest';
import type { Response } from '../grading/types';
import type { Question } from '../questions/schema';
import { assignmentQuestions } from './assignment-questions';
import { regrade, type GradeFn } from './regrade';
import { assignmentOf, pick, single, stubGrade } from './test-fixtures';

const questions = [single('0000000001', 'a'), single('0000000002', 'c')];

function imported(responses: Record<string, Response>) {
	const result = {
		v: 1 as const,
		assignment: '0a1b2c3d4e',
		student: '  Léa   Martin',
		attempt: 1,
		responses,
		started: '2025-02-10T08:00:00.000Z',
		finished: '2025-02-10T08:20:00.000Z'
	};
	return { code: 'code', result };
}

describe('regrade', () => {
	it('grades every question of the assignment from the answers alone', () => {
		const calls: [string, Response | undefined][] = [];
		const spy: GradeFn = (q, r) => {
			calls.push([q.id, r]);
			return stubGrade(q, r);
		};
		const g = regrade(
			questions,
			imported({ 'q-0000000001': pick('a'), 'q-9999999999': pick('b') }),
			spy
		);
		// The unknown question is never graded; the blank one is graded as blank.
		expect(calls).toEqual([
			['q-0000000001', pick('a')],
			['q-0000000002', undefined]
		]);
		expect(g).toMatchObject({ score: 1, max: 2, studentKey: 'léa martin', attempt: 1 });
		expect(g.grades['q-0000000002']!.verdict).toBe('unanswered');
	});

	it('treats an answer of the wrong type as blank rather than passing it to the grader', () => {
		const g = regrade(
			questions,
			imported({ 'q-0000000001': { type: 'cloze', text: 'a' } }),
			stubGrade
		);
		expect(g.responses['q-0000000001']).toBeUndefined();
		expect(g.score).toBe(0);
	});
});

describe('assignmentQuestions', () => {
	it('finds questions across sets in the assignment order and lists the missing ones', () => {
		const a = assignmentOf([questions[1]!, single('00000000ff'), questions[0]!]);
		const set = (id: string, qs: Question[]) =>
			({ id, questions: qs }) as unknown as Parameters<typeof assignmentQuestions>[1][number];
		const found = assignmentQuestions(a, [set('s1', [questions[0]!]), set('s2', [questions[1]!])]);
		expect(found.questions.map((q) => q.id)).toEqual(['q-0000000002', 'q-0000000001']);
		expect(found.missing).toEqual(['q-00000000ff']);
	});
});
