import { clauseOf } from './clause-of';
import { dayGap } from './day-gap';
import { logicGives } from './logic-gives';
import type { OrderGraph } from './order-graph';
import { isPlan } from './pair-filters';
import type { ActorEvent } from './same-event';
import { usableEvent } from './usable-event';

/** Most days between two events a question on their gap asks about: one week. */
const MAX_GAP = 6;

/**
 * Two events of one article whose days the article gives apart, far from each other in the
 * text, and no order of the graph links: `…comme Twitter, qui a définitivement fermé le compte de
 * Donald Trump vendredi.` and, twelve sentences on, `Pour justifier sa décision vendredi, Google
 * avait mentionné…` (Google's part of `Google et Apple ont déjà retiré Parler…`): two actors, one
 * day, told apart. Only the two days tell how far apart they are, not the story's logic nor the
 * order of telling. Each side is an event in the passé composé (no plan, no state, no founding),
 * the two have no actor in common (so they are not one event told twice), neither is a riot or a disaster set
 * against its aftermath (`logicGives`), and two sentences give their days: `Google et Apple ont
 * retiré Parler vendredi` tells the day of both at once and asks nothing. Closest days first,
 * then the order of the nodes; `events` are the nodes with their actors.
 */
export function gapPairs(graph: OrderGraph, events: ActorEvent[]): [number, number][] {
	const ok = (k: number) => {
		const n = graph.nodes[k]!;
		return (
			n.when !== undefined &&
			n.dateText !== undefined &&
			usableEvent(n) &&
			!isPlan(n) &&
			clauseOf(n) !== null &&
			events[k]!.actors.length > 0
		);
	};
	const linked = (x: number, y: number) =>
		graph.edges.some((e) => (e.from === x && e.to === y) || (e.from === y && e.to === x));
	// The sentence giving a node's day is the last it was read from (see `jointActions`).
	const daySentence = (k: number) => graph.nodes[k]!.spans.at(-1)?.start;
	const pairs: { x: number; y: number; gap: number }[] = [];
	graph.nodes.forEach((a, x) => {
		graph.nodes.forEach((b, y) => {
			if (y <= x || !ok(x) || !ok(y) || linked(x, y)) return;
			const gap = dayGap(a.when!, b.when!);
			if (gap === null || gap > MAX_GAP || daySentence(x) === daySentence(y)) return;
			const [ea, eb] = [events[x]!, events[y]!];
			if (ea.actors.some((n) => eb.actors.includes(n))) return;
			if (logicGives(a, b)) return;
			pairs.push({ x, y, gap });
		});
	});
	return pairs.sort((p, q) => p.gap - q.gap || p.x - q.x || p.y - q.y).map((p) => [p.x, p.y]);
}
