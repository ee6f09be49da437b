import type { Grade, Response } from '../grading/types';
import type { Question } from '../questions/schema';
import type { ImportedResult } from './import-results';
import { nameKey } from './student-name';

/** A grading function, `grade` of src/lib/grading/grade.ts in the app, a stub in tests. */
export type GradeFn = (question: Question, response: Response | undefined) => Grade;

/** One attempt graded again from its answers, question by question. */
export interface GradedAttempt {
	/** The code it came from, unique among imported results. */
	code: string;
	student: string;
	/** `nameKey(student)`: the same student across attempts. */
	studentKey: string;
	attempt: number;
	started: string;
	finished: string;
	/** Question id → the answer graded (undefined when left blank). */
	responses: Record<string, Response | undefined>;
	/** Question id → its grade, for every question of the assignment found. */
	grades: Record<string, Grade>;
	/** Sum of points, and of maxima (one per question). */
	score: number;
	max: number;
}

/**
 * Grades one imported result against `questions` (the assignment's questions that could be
 * found, in order). Answers to other questions are ignored; an answer whose type does not match
 * its question's (a hand-edited code, a regenerated question) counts as blank.
 */
export function regrade(
	questions: readonly Question[],
	imported: ImportedResult,
	grade: GradeFn
): GradedAttempt {
	const { result } = imported;
	const responses: Record<string, Response | undefined> = {};
	const grades: Record<string, Grade> = {};
	let score = 0;
	for (const q of questions) {
		const given = Object.hasOwn(result.responses, q.id) ? result.responses[q.id] : undefined;
		const r = given && given.type === q.type ? given : undefined;
		const g = grade(q, r);
		responses[q.id] = r;
		grades[q.id] = g;
		score += g.points;
	}
	return {
		code: imported.code,
		student: result.student,
		studentKey: nameKey(result.student),
		attempt: result.attempt,
		started: result.started,
		finished: result.finished,
		responses,
		grades,
		score: Math.round(score * 100) / 100,
		max: questions.length
	};
}

/** Grades every imported result: `regrade` over a list. */
export function regradeAll(
	questions: readonly Question[],
	imported: readonly ImportedResult[],
	grade: GradeFn
): GradedAttempt[] {
	return imported.map((r) => regrade(questions, r, grade));
}
