import type { QuestionOf } from '../questions/schema';
import { toGrade } from './to-grade';
import type { Grade } from './types';

/**
 * Grades a matching question: the share of left items (quotes, say) matched to their right item
 * (their speaker). Three quotes, two attributed right: 0.67. A left item left unmatched or
 * matched wrongly earns nothing; keys the question does not have are ignored.
 * Note when not right: `matches-right`, `count` of `total`.
 */
export function gradeMatching(
	question: QuestionOf<'matching'>,
	pairs: Record<string, string>
): Grade {
	const total = question.pairs.length;
	const count = question.pairs.filter(
		(p) => Object.hasOwn(pairs, p.left) && pairs[p.left] === p.right
	).length;
	const grade = toGrade(total === 0 ? 0 : count / total, []);
	if (grade.verdict !== 'right') grade.notes.push({ code: 'matches-right', count, total });
	return grade;
}
