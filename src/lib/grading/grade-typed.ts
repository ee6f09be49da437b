import type { QuestionOf } from '../questions/schema';
import { matchAnswer, type AnswerMatch } from './match-answer';
import { normalizeAnswer } from './normalize-answer';
import { readNumber } from './read-number';
import { stripGapContext } from './strip-gap-context';
import { toGrade } from './to-grade';
import type { Grade } from './types';

/**
 * Grades a typed answer (cloze or short) against the question's accepted answers, the first being
 * the article's own words. The closest match wins (same words, then same number or date, then
 * other accents, then typos; see `matchAnswer`) and its notes say what was tolerated, plus
 * `number-form` when the learner wrote in words a number the article wrote in digits, or the
 * reverse. For a cloze, words of the sentence typed again around the gap are ignored
 * (`5 personnes` for `la mort de [5] personnes`). Refused: `expected` with the article's words.
 * A blank answer is `unanswered`.
 */
export function gradeTyped(question: QuestionOf<'cloze' | 'short'>, text: string): Grade {
	if (normalizeAnswer(text).full === '') {
		return { verdict: 'unanswered', points: 0, max: 1, notes: [] };
	}
	const tries = [text];
	if (question.type === 'cloze') tries.push(stripGapContext(question.before, question.after, text));
	let best: (AnswerMatch & { given: string }) | null = null;
	for (const given of tries) {
		for (const accepted of question.accept) {
			const match = matchAnswer(accepted, given);
			if (match && (!best || match.level < best.level)) best = { ...match, given };
		}
	}
	const first = question.accept[0]!;
	if (!best) return toGrade(0, [{ code: 'expected', expected: first, given: text.trim() }]);
	const article = readNumber(normalizeAnswer(first).full);
	const learner = readNumber(normalizeAnswer(best.given).full);
	if (
		article &&
		learner &&
		article.value === learner.value &&
		article.written !== learner.written
	) {
		best.notes.push({ code: 'number-form', expected: first, given: text.trim() });
	}
	return toGrade(1, best.notes);
}
