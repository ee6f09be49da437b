import { choicesOf } from '../questions/choices';
import type { Question } from '../questions/schema';
import type { Response } from '../grading/types';
import type { GradedAttempt } from './regrade';

/**
 * Item analysis as Moodle's quiz statistics report computes it (classical test theory), from
 * https://docs.moodle.org/dev/Quiz_statistics_calculations and Moodle's
 * question/classes/statistics/questions/calculator.php:
 *
 * - facility index F = 100 · mean(x) / max, x being the item's marks;
 * - discrimination index D = 100 · r(x, X), the Pearson correlation between the item's marks x
 *   and the rest of the test X = total − x (so an item is not correlated with itself);
 *   undefined when x or X does not vary;
 * - discriminative efficiency = 100 · cov(x, X) / cov_max, cov_max being the covariance of x
 *   and X each sorted, the largest cov(x, X) the same marks could reach.
 *
 * Blank answers count as 0, as in Moodle. Pass one attempt per student (Moodle's default is
 * first attempts, see `selectAttempts`).
 */

/** A reason to review a question. */
export type ItemFlag =
	/** Everyone right: the question teaches nothing about who understood. */
	| 'all-right'
	/** Nobody earned a point: a wrong key, or a question that is too hard or unclear. */
	| 'all-wrong'
	/** Stronger students did worse on it than weaker ones: often a wrong key or an ambiguity. */
	| 'negative-discrimination'
	/** Fewer than MIN_RESPONSES attempts: the figures mean little yet. */
	| 'too-few-responses';

/** Below this many attempts, statistics are flagged `too-few-responses` (our threshold). */
export const MIN_RESPONSES = 5;

/** How one question behaved. Percentages are rounded to one decimal. */
export interface ItemStats {
	questionId: string;
	/** Attempts analysed. */
	n: number;
	right: number;
	partial: number;
	wrong: number;
	unanswered: number;
	facility: number | null;
	discrimination: number | null;
	efficiency: number | null;
	/** For choice-based questions: every choice and how many picked it (wrong ones are distractors). */
	choices: { id: string; text: string; correct: boolean; picked: number }[];
	/** For typed answers (cloze, short): each refused answer, most frequent first. */
	wrongTexts: { text: string; count: number }[];
	flags: ItemFlag[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Sample covariance (n − 1), as Moodle; variance is cov(x, x). */
function cov(xs: number[], ys: number[]): number {
	const mx = mean(xs);
	const my = mean(ys);
	return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / (xs.length - 1);
}

/** Ids a response picked, for counting choices. */
function picked(r: Response | undefined): string[] {
	if (!r) return [];
	if (r.type === 'multiple') return r.choices;
	return 'choice' in r ? [r.choice] : [];
}

/** Moodle's discrimination index and discriminative efficiency of marks `x` against `rest`. */
function discrimination(
	x: number[],
	rest: number[]
): Pick<ItemStats, 'discrimination' | 'efficiency'> {
	if (x.length < 2) return { discrimination: null, efficiency: null };
	const c = cov(x, rest);
	const vxr = cov(x, x) * cov(rest, rest);
	const ascending = (a: number, b: number) => a - b;
	const cmax = cov([...x].sort(ascending), [...rest].sort(ascending));
	return {
		discrimination: vxr > 0 ? round1((100 * c) / Math.sqrt(vxr)) : null,
		efficiency: cmax !== 0 ? round1((100 * c) / cmax) : null
	};
}

/** Refused typed answers (trimmed), most frequent first, then in code-point order. */
function wrongTexts(q: Question, graded: readonly GradedAttempt[]): ItemStats['wrongTexts'] {
	const counts = new Map<string, number>();
	for (const g of graded) {
		const r = g.responses[q.id];
		if (r && 'text' in r && g.grades[q.id]?.verdict === 'wrong') {
			counts.set(r.text.trim(), (counts.get(r.text.trim()) ?? 0) + 1);
		}
	}
	const list = [...counts].map(([text, count]) => ({ text, count }));
	return list.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
}

/** Statistics for each question, in the order given. */
export function itemAnalysis(
	questions: readonly Question[],
	graded: readonly GradedAttempt[]
): ItemStats[] {
	const n = graded.length;
	return questions.map((q): ItemStats => {
		const verdicts = graded.map((g) => g.grades[q.id]?.verdict ?? 'unanswered');
		const x = graded.map((g) => g.grades[q.id]?.points ?? 0);
		const rest = graded.map((g, i) => g.score - x[i]!);
		const count = (v: string) => verdicts.filter((verdict) => verdict === v).length;
		const s: ItemStats = {
			questionId: q.id,
			n,
			right: count('right'),
			partial: count('partial'),
			wrong: count('wrong'),
			unanswered: count('unanswered'),
			facility: n > 0 ? round1(100 * mean(x)) : null,
			...discrimination(x, rest),
			choices: choicesOf(q).map((ch) => ({
				id: ch.id,
				text: ch.text,
				correct: ch.correct,
				picked: graded.filter((g) => picked(g.responses[q.id]).includes(ch.id)).length
			})),
			wrongTexts: wrongTexts(q, graded),
			flags: []
		};
		if (n > 0 && s.right === n) s.flags.push('all-right');
		if (n > 0 && x.every((p) => p === 0)) s.flags.push('all-wrong');
		if (s.discrimination !== null && s.discrimination < 0) s.flags.push('negative-discrimination');
		if (n < MIN_RESPONSES) s.flags.push('too-few-responses');
		return s;
	});
}
