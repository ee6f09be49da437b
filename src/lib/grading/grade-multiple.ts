import type { QuestionOf } from '../questions/schema';
import { toGrade } from './to-grade';
import type { Grade, Note } from './types';

/**
 * Grades a multiple-choice question with partial credit: with R right choices and W wrong ones,
 * each right pick earns 1/R and each wrong pick costs 1/W, never below 0. So all the right
 * choices and nothing else is 1 point; picking every choice is 0; with R = 2 and W = 2, one right
 * pick is 0.5, both right and one wrong is 0.5. An id the question does not have counts as a wrong
 * pick; a pick given twice counts once. Notes: `wrong-picks` and `missed-picks` with their count.
 */
export function gradeMultiple(question: QuestionOf<'multiple'>, picks: string[]): Grade {
	const picked = new Set(picks);
	const right = question.choices.filter((c) => c.correct);
	const wrongCount = question.choices.length - right.length;
	const hits = right.filter((c) => picked.has(c.id)).length;
	const wrongPicks = picked.size - hits;
	const missed = right.length - hits;
	const notes: Note[] = [];
	if (wrongPicks > 0) notes.push({ code: 'wrong-picks', count: wrongPicks, total: wrongCount });
	if (missed > 0) notes.push({ code: 'missed-picks', count: missed, total: right.length });
	return toGrade(Math.max(0, hits / right.length - wrongPicks / wrongCount), notes);
}
