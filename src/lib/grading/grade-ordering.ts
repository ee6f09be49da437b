import type { QuestionOf } from '../questions/schema';
import { toGrade } from './to-grade';
import type { Grade } from './types';

/**
 * Grades an ordering question by pairs: of the n(n−1)/2 pairs of items, the share the learner put
 * in the right relative order. For events A, B, C, D (6 pairs), `B A C D` keeps 5 pairs: 0.83;
 * `D C B A` keeps none: 0. Only the exact order earns the full point. Items missing from the
 * answer break every pair they belong to; unknown and repeated ids are ignored.
 * Note when not right: `pairs-in-order`, `count` of `total`.
 */
export function gradeOrdering(question: QuestionOf<'ordering'>, order: string[]): Grade {
	const position = new Map<string, number>();
	for (const id of order) if (!position.has(id)) position.set(id, position.size);
	const expected = question.order;
	let count = 0;
	let total = 0;
	for (let i = 0; i < expected.length; i++) {
		for (let j = i + 1; j < expected.length; j++) {
			total++;
			const a = position.get(expected[i]!);
			const b = position.get(expected[j]!);
			if (a !== undefined && b !== undefined && a < b) count++;
		}
	}
	const grade = toGrade(total === 0 ? 0 : count / total, []);
	if (grade.verdict !== 'right') grade.notes.push({ code: 'pairs-in-order', count, total });
	return grade;
}
