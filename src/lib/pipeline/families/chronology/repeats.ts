import type { Candidate } from '../../generate/candidate';
import { samePair, type AskedPair } from './same-event';

/** A question and the orders it asks: each two events of an ordering, or its one pair. */
export interface Asked {
	c: Candidate;
	pairs: AskedPair[];
}

/**
 * The questions of a story, each asking at least one order no question kept before asks (see
 * `samePair`): an ordering first, then the best scored, then the shortest wording, the plainest
 * of the articles telling the same events. `repeats` says which kept question each left-out one
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
		const twinOf = (p: AskedPair) => kept.find((k) => k.pairs.some((o) => samePair(p, o)));
		if (q.pairs.every((p) => twinOf(p))) {
			repeats.push({ q, twin: twinOf(q.pairs[0]!)! });
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
