import type { Question } from '../questions/schema';
import { gradeChoice } from './grade-choice';
import { gradeMatching } from './grade-matching';
import { gradeMultiple } from './grade-multiple';
import { gradeOrdering } from './grade-ordering';
import { gradeTyped } from './grade-typed';
import { isResponse } from './is-response';
import { toGrade } from './to-grade';
import type { Grade, Response } from './types';

/**
 * Grades one answer to one question, each question being worth 1 point: what was right, what was
 * wrong and why (`notes`), and the points earned, rounded to hundredths. No answer (or a blank
 * one, or no pick) is `unanswered`; an answer of another type than the question, or malformed, is
 * `wrong`. Never throws: the teacher dashboard re-grades whatever a result code holds.
 */
export function grade(question: Question, response: Response | undefined): Grade {
	if (response === undefined || response === null) {
		return { verdict: 'unanswered', points: 0, max: 1, notes: [] };
	}
	if (response.type !== question.type || !isResponse(response)) return toGrade(0, []);
	switch (question.type) {
		case 'multiple': {
			const { choices } = response as Extract<Response, { type: 'multiple' }>;
			if (choices.length === 0) return { verdict: 'unanswered', points: 0, max: 1, notes: [] };
			return gradeMultiple(question, choices);
		}
		case 'cloze':
		case 'short':
			return gradeTyped(question, (response as Extract<Response, { type: 'cloze' }>).text);
		case 'ordering':
			return gradeOrdering(question, (response as Extract<Response, { type: 'ordering' }>).order);
		case 'matching':
			return gradeMatching(question, (response as Extract<Response, { type: 'matching' }>).pairs);
		default:
			return gradeChoice(question, (response as Extract<Response, { type: 'single' }>).choice);
	}
}
