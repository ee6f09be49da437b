import { describe, expect, it } from 'vitest';
import type { Response } from '../grading/types';
import type { ImportedResult } from './import-results';
import { itemAnalysis } from './item-analysis';
import { regradeAll } from './regrade';
import { cloze, pick, single, stubGrade } from './test-fixtures';

// Five single-choice questions keyed "a", and a cloze nobody gets right.
const questions = [1, 2, 3, 4, 5].map((k) => single(`000000000${k}`, 'a'));
questions.push(cloze('0000000006'));

/** Marks (1 = right) per student:  Q1 Q2 Q3 Q4 Q5 Q6  total */
const answers: [string, (string | undefined)[]][] = [
	['A', ['a', 'a', 'a', 'a', 'b', 'Conseil constitutionnel']], // 1 1 1 1 0 0  4
	['B', ['a', 'a', 'b', 'a', 'c', 'Conseil constitutionnel']], // 1 1 0 1 0 0  3
	['C', ['a', 'c', 'a', 'a', 'b', 'Sénat']], //                   1 0 1 1 0 0  3
	['D', ['b', 'a', 'c', 'a', 'b', undefined]], //                 0 1 0 1 0 0  2
	['E', ['b', 'b', undefined, 'a', 'a', "conseil d'etat"]] //     0 0 0 1 1 0  2
];

function imported([student, given]: [string, (string | undefined)[]]): ImportedResult {
	const responses: Record<string, Response> = {};
	given.forEach((g, i) => {
		if (g === undefined) return;
		responses[questions[i]!.id] = i === 5 ? { type: 'cloze', text: g } : pick(g);
	});
	const result = {
		v: 1 as const,
		assignment: '0a1b2c3d4e',
		student,
		attempt: 1,
		responses,
		started: '2025-02-10T08:00:00.000Z',
		finished: '2025-02-10T08:20:00.000Z'
	};
	return { code: student, result };
}

const graded = regradeAll(questions, answers.map(imported), stubGrade);
const stats = itemAnalysis(questions, graded);

describe('itemAnalysis', () => {
	it('computes the facility index as the mean mark in percent', () => {
		expect(stats.map((s) => s.facility)).toEqual([60, 60, 40, 100, 20, 0]);
	});

	it("computes Moodle's discrimination index against the rest of the test", () => {
		// Q1: x = 1 1 1 0 0, rest = 3 2 2 2 2; deviations x .4 .4 .4 −.6 −.6, rest .8 −.2 −.2 −.2 −.2;
		// cov = .4/4 = .1, var x = 1.2/4 = .3, var rest = .8/4 = .2; r = .1/√.06 = .408.
		expect(stats[0]!.discrimination).toBe(40.8);
		// Q3: x = 1 0 1 0 0, rest = 3 3 2 2 2; deviations x .6 −.4 .6 −.4 −.4, rest .6 .6 −.4 −.4 −.4;
		// cov = .2/4 = .05, var x = var rest = 1.2/4 = .3; r = .05/.3 = .167.
		expect(stats[2]!.discrimination).toBe(16.7);
		// Q5: only the weakest student got it: x = 0 0 0 0 1, rest = 4 3 3 2 1.
		expect(stats[4]!.discrimination).toBe(-78.4);
		// Q4 and Q6 do not vary: the index is undefined, as in Moodle.
		expect(stats[3]!.discrimination).toBeNull();
		expect(stats[5]!.discrimination).toBeNull();
	});

	it('computes the discriminative efficiency against the best ordering of the same marks', () => {
		// Q1's marks are already ordered like the rest of the test: cov = cov_max.
		expect(stats[0]!.efficiency).toBe(100);
		expect(stats[3]!.efficiency).toBeNull();
	});

	it('counts verdicts and how often each choice was picked', () => {
		expect(stats[2]).toMatchObject({ n: 5, right: 2, wrong: 2, unanswered: 1 });
		expect(stats[2]!.choices.map((c) => [c.id, c.correct, c.picked])).toEqual([
			['a', true, 2],
			['b', false, 1],
			['c', false, 1]
		]);
	});

	it('lists refused typed answers, most frequent first', () => {
		expect(stats[5]!.wrongTexts).toEqual([
			{ text: 'Conseil constitutionnel', count: 2 },
			{ text: 'Sénat', count: 1 },
			{ text: "conseil d'etat", count: 1 }
		]);
		expect(stats[5]!.choices).toEqual([]);
	});

	it('flags the questions to review', () => {
		expect(stats.map((s) => s.flags)).toEqual([
			[],
			['negative-discrimination'],
			[],
			['all-right'],
			['negative-discrimination'],
			['all-wrong']
		]);
	});

	it('flags every question when there are too few attempts', () => {
		const few = itemAnalysis(questions, graded.slice(0, 2));
		expect(few.every((s) => s.flags.includes('too-few-responses'))).toBe(true);
		expect(itemAnalysis(questions, [])[0]).toMatchObject({ n: 0, facility: null });
	});
});
