import type { Span } from '../../types';
import type { DatedEvent } from './dated-events';
import type { OrderRelation } from './order-relations';

/** An event of one article: its wording and, when the text dates it, the date. */
export interface EventNode {
	text: string;
	/** A noun phrase (`L'assaut du Capitole`) rather than a clause. */
	phrase: boolean;
	when?: string;
	dateText?: string;
	spans: Span[];
	/** The wording of another article of the story, shown instead (see `plainWording`). */
	borrowed?: { article: string; start: number; end: number; own: string };
}

/** `from` happened before `to`, by two dates or by the words of `relation`. */
export interface OrderEdge {
	from: number;
	to: number;
	relation?: OrderRelation;
}

/** The events of an article and the orders its text gives between them. */
export interface OrderGraph {
	nodes: EventNode[];
	edges: OrderEdge[];
}

/**
 * The events of one article and what orders them: two dates that compare (`en 2018`, `Le 6
 * janvier 2021`; a year and a day of that year do not), and orders in words. A phrase of a
 * relation that names a dated event (`suite à l'assaut du Capitole` / `prenait d'assaut le
 * Capitole`) is that event, so a chain can run from dates into words.
 */
export function orderGraph(events: DatedEvent[], relations: OrderRelation[]): OrderGraph {
	const byWhen = new Map<string, DatedEvent>();
	for (const e of events) if (!byWhen.has(e.when)) byWhen.set(e.when, e);
	const all = [...byWhen.values()];
	const dated = all
		.filter(
			(e) => !all.some((o) => o !== e && (o.when.startsWith(e.when) || e.when.startsWith(o.when)))
		)
		.sort((a, b) => a.when.localeCompare(b.when));
	const nodes: EventNode[] = dated.map((e) => ({
		text: e.text,
		phrase: false,
		when: e.when,
		dateText: e.dateText,
		spans: [{ start: e.start, end: e.end }]
	}));
	const edges: OrderEdge[] = [];
	for (let i = 1; i < nodes.length; i++) edges.push({ from: i - 1, to: i });
	const nodeOf = (side: { text: string; phrase: boolean }, spans: Span[]): number => {
		const key = norm(side.text);
		let k = nodes.findIndex(
			(n) => norm(n.text) === key || (side.phrase && n.when && sameEvent(side.text, n.text))
		);
		if (k < 0) k = nodes.push({ text: side.text, phrase: side.phrase, spans: [] }) - 1;
		for (const s of spans)
			if (!nodes[k]!.spans.some((o) => o.start === s.start)) nodes[k]!.spans.push(s);
		return k;
	};
	for (const r of relations) {
		const from = nodeOf(r.earlier, r.spans);
		const to = nodeOf(r.later, r.spans);
		if (from !== to) edges.push({ from, to, relation: r });
	}
	return { nodes, edges };
}

/** The longest run of events each ordered against the next (ties: the first found). */
export function longestChain(graph: OrderGraph): number[] {
	let best: number[] = [];
	const walk = (path: number[]) => {
		if (path.length > best.length) best = path;
		for (const e of graph.edges)
			if (e.from === path.at(-1) && !path.includes(e.to)) walk([...path, e.to]);
	};
	graph.nodes.forEach((_, k) => walk([k]));
	return best;
}

function norm(t: string): string {
	return t.toLocaleLowerCase('fr').replace(/[’]/gu, "'");
}

/** Whether a phrase names the event of a sentence: a name and a longer word in common. */
function sameEvent(phrase: string, sentence: string): boolean {
	const words = (t: string) => new Set(t.toLocaleLowerCase('fr').match(/\p{L}{6,}/gu) ?? []);
	const names = (t: string) => new Set(t.match(/(?<![\p{L}])\p{Lu}\p{L}{2,}/gu) ?? []);
	const w = words(sentence);
	const n = names(sentence);
	return (
		[...words(phrase)].some((x) => w.has(x) || w.has(`${x}s`)) &&
		[...names(phrase)].some((x) => n.has(x))
	);
}
