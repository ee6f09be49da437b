import type { QuestionOf } from '../questions/schema';
import { toGrade } from './to-grade';
import type { Grade } from './types';

type OneChoice = QuestionOf<'single' | 'true-false' | 'classification' | 'evidence'>;

/**
 * Grades a one-answer question (single choice, true/false, classification, evidence): 1 point for
 * the right choice, 0 otherwise, with the right choice as `expected` (and the learner's as
 * `given`) when refused. An id the question does not have is a wrong answer.
 */
export function gradeChoice(question: OneChoice, choice: string): Grade {
	// Types only from the schema: grading ships no valibot schema to the quiz page.
	const choices = question.type === 'evidence' ? question.sentences : question.choices;
	const right = choices.find((c) => c.correct)!;
	if (choice === right.id) return toGrade(1, []);
	const given = choices.find((c) => c.id === choice)?.text;
	return toGrade(0, [{ code: 'expected', expected: right.text, ...(given ? { given } : {}) }]);
}
