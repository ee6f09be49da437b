import { describe, expect, it } from 'vitest';
import { classTable, sortRows } from './class-table';
import { regradeAll } from './regrade';
import type { ImportedResult } from './import-results';
import type { Response } from '../grading/types';
import { multiple, pick, single, stubGrade } from './test-fixtures';

const questions = [single('0000000001', 'a'), single('0000000002', 'b'), multiple('0000000003')];
const ids = questions.map((q) => q.id);

function imported(
	student: string,
	attempt: number,
	answers: (Response | undefined)[]
): ImportedResult {
	const responses: Record<string, Response> = {};
	answers.forEach((r, i) => {
		if (r) responses[ids[i]!] = r;
	});
	const result = {
		v: 1 as const,
		assignment: '0a1b2c3d4e',
		student,
		attempt,
		responses,
		started: '2025-02-10T08:00:00.000Z',
		finished: '2025-02-10T08:20:00.000Z'
	};
	return { code: `${student}#${attempt}`, result };
}

const graded = regradeAll(
	questions,
	[
		imported('Léa Martin', 1, [pick('a'), pick('b'), { type: 'multiple', choices: ['a', 'b'] }]),
		imported('Yanis Benali', 1, [pick('c'), undefined, { type: 'multiple', choices: ['a'] }]),
		imported('Yanis Benali', 2, [pick('a'), pick('b'), { type: 'multiple', choices: ['c'] }]),
		// A single-choice answer sent for the multiple-choice question counts as blank.
		imported('Émile Zola', 1, [pick('b'), pick('b'), pick('a')])
	],
	stubGrade
);

describe('classTable', () => {
	it('shows one row per student with verdicts, points and totals', () => {
		const table = classTable(ids, graded, 'first');
		expect(table.rows.map((r) => [r.student, r.attempt, r.attempts, r.verdicts, r.score])).toEqual([
			['Léa Martin', 1, 1, ['right', 'right', 'right'], 3],
			['Yanis Benali', 1, 2, ['wrong', 'unanswered', 'partial'], 0.5],
			['Émile Zola', 1, 1, ['wrong', 'right', 'unanswered'], 1]
		]);
		expect(table.columns[0]).toEqual({ right: 1, partial: 0, wrong: 2, unanswered: 0, mean: 0.33 });
		expect(table.columns[2]).toEqual({ right: 1, partial: 1, wrong: 0, unanswered: 1, mean: 0.5 });
		expect(table.meanScore).toBe(1.5);
	});

	it("keeps each student's best, first or last attempt", () => {
		const yanis = (policy: 'best' | 'first' | 'last') =>
			classTable(ids, graded, policy).rows.find((r) => r.student === 'Yanis Benali')!;
		expect(yanis('best')).toMatchObject({ attempt: 2, score: 2 });
		expect(yanis('first')).toMatchObject({ attempt: 1, score: 0.5 });
		expect(yanis('last')).toMatchObject({ attempt: 2 });
	});

	it('is empty but well formed without results', () => {
		const table = classTable(ids, []);
		expect(table.rows).toEqual([]);
		expect(table.meanScore).toBeNull();
		expect(table.columns[1]).toEqual({ right: 0, partial: 0, wrong: 0, unanswered: 0, mean: null });
	});
});

describe('sortRows', () => {
	const rows = classTable(ids, graded, 'first').rows;
	const names = (sorted: typeof rows) => sorted.map((r) => r.student);

	it('sorts names the French way, accents next to their letter', () => {
		expect(names(sortRows(rows, { by: 'name' }))).toEqual([
			'Émile Zola',
			'Léa Martin',
			'Yanis Benali'
		]);
		expect(names(sortRows(rows, { by: 'name' }, 'desc'))).toEqual([
			'Yanis Benali',
			'Léa Martin',
			'Émile Zola'
		]);
	});

	it('sorts by score or by one question, ties by name', () => {
		expect(names(sortRows(rows, { by: 'score' }, 'desc'))).toEqual([
			'Léa Martin',
			'Émile Zola',
			'Yanis Benali'
		]);
		expect(names(sortRows(rows, { by: 'question', index: 1 }, 'desc'))).toEqual([
			'Émile Zola',
			'Léa Martin',
			'Yanis Benali'
		]);
	});
});
