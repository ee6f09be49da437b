import type { Candidate } from '../../generate/candidate';
import { samePair, type AskedPair } from './same-event';

/** A question, the article it reads (null across articles) and the orders it asks. */
export interface Asked {
	article: string | null;
	c: Candidate;
	pairs: AskedPair[];
	/** The same true-or-false question asked for a true (or false) statement, when it can be. */
	again?: (truth: boolean) => Candidate | null;
}

/**
 * Most questions of a story on one order, each from another article: two. A second article
 * telling it with its own clue (`Précédemment` and a pluperfect, `Avant la décision de…`) is a
 * reading of its own; a third would only repeat the lesson.
 */
const MAX_PER_ORDER = 2;

/**
 * The questions of a story, each asking at least one order that no kept question of its article
 * asks, and that fewer than `MAX_PER_ORDER` kept questions ask in all (see `samePair`): articles
 * telling one order with other words (`Précédemment, Google et Apple avaient exclu…` / `Avant la
 * décision d’AWS…`) make other readings, up to a point. An ordering first, then the
 * best scored, then the shortest wording. `repeats` says which kept question each left-out one
 * repeats, for the report.
 */
export function keepOnce(asked: Asked[]): {
	kept: Asked[];
	repeats: { q: Asked; twin: Asked }[];
} {
	const kept: Asked[] = [];
	const repeats: { q: Asked; twin: Asked }[] = [];
	const ranked = [...asked].sort(
		(x, y) =>
			Number(y.c.question.type === 'ordering') - Number(x.c.question.type === 'ordering') ||
			y.c.score - x.c.score ||
			wording(x.c) - wording(y.c)
	);
	for (const q of ranked) {
		const twins = (p: AskedPair) => kept.filter((k) => k.pairs.some((o) => samePair(p, o)));
		const asks = (p: AskedPair) => {
			const t = twins(p);
			return t.length >= MAX_PER_ORDER || t.some((k) => k.article === q.article);
		};
		// A question that asks no order (a date) repeats none.
		if (q.pairs.length > 0 && q.pairs.every(asks)) {
			repeats.push({ q, twin: twins(q.pairs[0]!)[0]! });
			continue;
		}
		kept.push(q);
	}
	return { kept, repeats };
}

/** How long a question's events read: the statement, or the items of an ordering. */
function wording(c: Candidate): number {
	const q = c.question;
	return q.type === 'true-false'
		? q.statement.length
		: q.type === 'ordering'
			? q.items.reduce((n, i) => n + i.text.length, 0)
			: 0;
}
