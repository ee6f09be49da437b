import type { Question, QuestionType } from '$lib/questions/schema';

/**
 * Seconds a learner typically needs per question type: reading a sentence and picking a choice is
 * quicker than typing a word, and ordering or matching asks to read every item.
 */
const SECONDS: Record<QuestionType, number> = {
	single: 40,
	'true-false': 35,
	classification: 45,
	multiple: 60,
	cloze: 50,
	short: 50,
	evidence: 75,
	ordering: 90,
	matching: 90
};

/** Minutes a set takes, rounded up, at least 1. */
export function estimateMinutes(questions: Pick<Question, 'type'>[]): number {
	const seconds = questions.reduce((sum, q) => sum + SECONDS[q.type], 0);
	return Math.max(1, Math.ceil(seconds / 60));
}
