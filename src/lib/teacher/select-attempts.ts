import type { GradedAttempt } from './regrade';

/**
 * Which attempt stands for a student who made several, as Moodle's "grading method" offers:
 * the best score (ties: the earliest attempt), the first or the last attempt. Moodle's
 * statistics report uses first attempts by default, because later ones are not independent.
 */
export type AttemptPolicy = 'best' | 'first' | 'last';

/**
 * One attempt per student, chosen by `policy`, in the order students first appear; `attempts`
 * holds how many attempts each student made.
 */
export function selectAttempts(
	graded: readonly GradedAttempt[],
	policy: AttemptPolicy
): { attempt: GradedAttempt; attempts: number }[] {
	const byStudent = new Map<string, GradedAttempt[]>();
	for (const g of graded) {
		const list = byStudent.get(g.studentKey);
		if (list) list.push(g);
		else byStudent.set(g.studentKey, [g]);
	}
	return [...byStudent.values()].map((list) => {
		const sorted = [...list].sort((a, b) => a.attempt - b.attempt);
		let chosen = sorted[0]!;
		if (policy === 'last') chosen = sorted[sorted.length - 1]!;
		if (policy === 'best') for (const g of sorted) if (g.score > chosen.score) chosen = g;
		return { attempt: chosen, attempts: list.length };
	});
}
