import type { Question } from '../questions/schema';
import { gradeChoice } from './grade-choice';
import { gradeMatching } from './grade-matching';
import { gradeMultiple } from './grade-multiple';
import { gradeOrdering } from './grade-ordering';
import { gradeTyped } from './grade-typed';
import { toGrade } from './to-grade';
import type { Grade, Response } from './types';

const strings = (x: unknown): x is string[] =>
	Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Whether a response, perhaps decoded from a result code, has the shape its type says. */
function wellFormed(r: Response): boolean {
	const loose = r as unknown as Record<string, unknown>;
	switch (r.type) {
		case 'multiple':
			return strings(loose.choices);
		case 'ordering':
			return strings(loose.order);
		case 'matching':
			return (
				typeof loose.pairs === 'object' &&
				loose.pairs !== null &&
				Object.values(loose.pairs).every((v) => typeof v === 'string')
			);
		case 'cloze':
		case 'short':
			return typeof loose.text === 'string';
		default:
			return typeof loose.choice === 'string';
	}
}

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
	if (response.type !== question.type || !wellFormed(response)) return toGrade(0, []);
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
