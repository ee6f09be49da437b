import type { Question, QuestionSet } from '../questions/schema';
import type { Assignment } from './assignment-wire';

/**
 * The questions of an assignment, in the assignment's order, looked up in the loaded sets.
 * Question ids derive from question content: when the site's questions were regenerated since
 * the link was made, some ids may be gone; they are listed in `missing` so the interface can
 * say so instead of silently giving a shorter quiz.
 */
export function assignmentQuestions(
	assignment: Assignment,
	sets: readonly QuestionSet[]
): { questions: Question[]; missing: string[] } {
	const byId = new Map<string, Question>();
	for (const set of sets) for (const q of set.questions) if (!byId.has(q.id)) byId.set(q.id, q);
	const questions: Question[] = [];
	const missing: string[] = [];
	for (const id of assignment.questionIds) {
		const q = byId.get(id);
		if (q) questions.push(q);
		else missing.push(id);
	}
	return { questions, missing };
}
