import type { Verdict } from '../grading/types';
import type { GradedAttempt } from './regrade';
import { selectAttempts, type AttemptPolicy } from './select-attempts';

/** One student's line: the chosen attempt's verdict and points per question, and the total. */
export interface ClassRow {
	student: string;
	studentKey: string;
	/** The attempt shown, and how many the student made. */
	attempt: number;
	attempts: number;
	/** Aligned with `ClassTable.questionIds`. */
	verdicts: Verdict[];
	points: number[];
	score: number;
	max: number;
}

/** Per question: how many students got each verdict, and the mean points. */
export interface ColumnTotals {
	right: number;
	partial: number;
	wrong: number;
	unanswered: number;
	/** Mean points over the rows, 0..1; null without rows. */
	mean: number | null;
}

/** Students × questions, with totals per student (`score`) and per question (`columns`). */
export interface ClassTable {
	questionIds: string[];
	rows: ClassRow[];
	columns: ColumnTotals[];
	/** Mean score of the rows, null without rows. */
	meanScore: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Builds the class table from graded attempts, one row per student (see `AttemptPolicy`). A
 * question absent from an attempt's grades (not found when grading) shows as unanswered.
 */
export function classTable(
	questionIds: readonly string[],
	graded: readonly GradedAttempt[],
	policy: AttemptPolicy = 'best'
): ClassTable {
	const rows = selectAttempts(graded, policy).map(({ attempt: g, attempts }): ClassRow => {
		const grades = questionIds.map((id) => g.grades[id]);
		return {
			student: g.student,
			studentKey: g.studentKey,
			attempt: g.attempt,
			attempts,
			verdicts: grades.map((x) => x?.verdict ?? 'unanswered'),
			points: grades.map((x) => x?.points ?? 0),
			score: g.score,
			max: g.max
		};
	});
	const columns = questionIds.map((_, k): ColumnTotals => {
		const t: ColumnTotals = { right: 0, partial: 0, wrong: 0, unanswered: 0, mean: null };
		for (const row of rows) t[row.verdicts[k]!]++;
		if (rows.length > 0) t.mean = round2(rows.reduce((s, r) => s + r.points[k]!, 0) / rows.length);
		return t;
	});
	const meanScore = rows.length
		? round2(rows.reduce((s, r) => s + r.score, 0) / rows.length)
		: null;
	return { questionIds: [...questionIds], rows, columns, meanScore };
}

/** What to sort rows by: name, total score, or the points on one question (its index). */
export type SortKey = { by: 'name' } | { by: 'score' } | { by: 'question'; index: number };

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The rows sorted (a new array). Equal values fall back to the name, then to the student key,
 * so the order is total and stable whatever the import order was.
 */
export function sortRows(
	rows: readonly ClassRow[],
	key: SortKey,
	direction: 'asc' | 'desc' = 'asc'
): ClassRow[] {
	const sign = direction === 'asc' ? 1 : -1;
	const value = (r: ClassRow) =>
		key.by === 'score' ? r.score : key.by === 'question' ? (r.points[key.index] ?? 0) : 0;
	const names = (a: ClassRow, b: ClassRow) =>
		byName.compare(a.student, b.student) ||
		(a.studentKey < b.studentKey ? -1 : a.studentKey > b.studentKey ? 1 : 0);
	return [...rows].sort((a, b) => {
		const d = key.by === 'name' ? names(a, b) : value(a) - value(b);
		return d !== 0 ? sign * d : names(a, b);
	});
}
