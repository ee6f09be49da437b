import { actionClasses } from '../../align/action-classes';
import type { Span } from '../../types';
import { actorsOf } from './actors';
import type { OrderRelation } from './order-relations';
import { isPlan } from './pair-filters';

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

/** An event the article dates: `when` sorts (`2018`, `2021-01-06`, `week:2`). */
export interface TimedEvent {
	text: string;
	when: string;
	dateText?: string;
	spans: Span[];
}

/** A clause of the article readable alone, to stand for a plan a relation names. */
export interface Clause {
	text: string;
	spans: Span[];
}

/** `Google et Apple`: names only, as `Après Google et Apple, Amazon…` gives them. */
const NAMES_ONLY = /^\p{Lu}[\p{L}-]+(?:(?:,\s|\set\s)\p{Lu}[\p{L}-]+)*$/u;

/** Dates on one clock compare: days and years, or the days of one week of an undated article. */
function clock(when: string): string {
	return when.startsWith('week:') ? 'week' : 'calendar';
}

/**
 * The events of one article and what orders them: two dates that compare (`en 2018`, `Le 6
 * janvier 2021`; a year and a day of that year do not; the weekdays of an undated article only
 * among themselves), and orders in words. A phrase of a relation that names a dated event
 * (`suite à l'assaut du Capitole` / `prenait d'assaut le Capitole`) is that event, so a chain can
 * run from dates into words; names alone (`Après Google et Apple`) stand for each event of those
 * actors; a plan (`Amazon prévoit de couper les ponts`) for the clause telling what the actor did
 * of the same kind (`Amazon a décidé de suspendre le compte…`, from `clauses`).
 */
export function orderGraph(
	events: TimedEvent[],
	relations: OrderRelation[],
	clauses: Clause[] = []
): OrderGraph {
	const dated = events
		.filter(
			(e) =>
				!events.some(
					(o) => o.when !== e.when && (o.when.startsWith(e.when) || e.when.startsWith(o.when))
				)
		)
		.filter((e, i, all) => all.findIndex((o) => norm(o.text) === norm(e.text)) === i)
		.sort((a, b) => a.when.localeCompare(b.when));
	const nodes: EventNode[] = dated.map((e) => ({
		text: e.text,
		phrase: false,
		when: e.when,
		...(e.dateText ? { dateText: e.dateText } : {}),
		spans: [...e.spans]
	}));
	const edges: OrderEdge[] = [];
	// Each event to each of the next date on its clock: two events of one day are not ordered.
	nodes.forEach((n, i) => {
		const next = nodes.find(
			(o, j) => j > i && clock(o.when!) === clock(n.when!) && o.when! > n.when!
		);
		if (!next) return;
		nodes.forEach((o, j) => {
			if (o.when === next.when && j !== i) edges.push({ from: i, to: j });
		});
	});
	const add = (text: string, phrase: boolean, spans: Span[]): number => {
		// A node keeps the passages it was read from; the edges keep those of their orders.
		const k = nodes.findIndex((n) => norm(n.text) === norm(text));
		return k >= 0 ? k : nodes.push({ text, phrase, spans }) - 1;
	};
	const nodesOf = (side: { text: string; phrase: boolean }, spans: Span[]): number[] => {
		if (side.phrase && NAMES_ONLY.test(side.text)) {
			const names = side.text.split(/,\s|\set\s/u);
			const theirs = nodes.flatMap((n, k) => {
				const who = actorsOf(n);
				return !n.phrase && who.length > 0 && who.every((a) => names.includes(a)) ? [k] : [];
			});
			if (theirs.length) {
				for (const k of theirs) add(nodes[k]!.text, false, spans);
				return theirs;
			}
		}
		if (isPlan(side)) {
			const who = actorsOf(side);
			const kinds = actionClasses(side.text);
			const done = clauses.find(
				(c) =>
					!isPlan({ text: c.text, phrase: false }) &&
					actorsOf(c).join() === who.join() &&
					who.length > 0 &&
					actionClasses(c.text).some((k) => kinds.includes(k))
			);
			if (done) return [add(done.text, false, [...done.spans, ...spans])];
		}
		const k = nodes.findIndex((n) => side.phrase && n.when && sameEvent(side.text, n.text));
		if (k >= 0) return [add(nodes[k]!.text, false, spans)];
		return [add(side.text, side.phrase, spans)];
	};
	for (const r of relations) {
		const from = nodesOf(r.earlier, r.spans);
		const to = nodesOf(r.later, r.spans);
		for (const f of from)
			for (const t of to)
				if (f !== t && !edges.some((e) => e.from === f && e.to === t && e.relation === r))
					edges.push({ from: f, to: t, relation: r });
	}
	return { nodes, edges };
}

/**
 * The longest run of events each ordered against the next, through events `ok` accepts; between
 * runs as long, the one with the most orders in words (`a suivi son exemple`, `Après Google et
 * Apple`) beside the dates, then the first found.
 */
export function longestChain(graph: OrderGraph, ok: (k: number) => boolean = () => true): number[] {
	let best: number[] = [];
	let bestWords = -1;
	const words = (path: number[]) =>
		path
			.slice(1)
			.filter((to, i) => graph.edges.some((e) => e.from === path[i] && e.to === to && e.relation))
			.length;
	const walk = (path: number[]) => {
		const w = words(path);
		if (path.length > best.length || (path.length === best.length && w > bestWords)) {
			best = path;
			bestWords = w;
		}
		for (const e of graph.edges)
			if (e.from === path.at(-1) && !path.includes(e.to) && ok(e.to)) walk([...path, e.to]);
	};
	graph.nodes.forEach((_, k) => {
		if (ok(k)) walk([k]);
	});
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
