import type { Evidence } from '../../../questions/schema';
import { baseFields, evidenceOf, letteredChoices, type Candidate } from '../../generate/candidate';
import { frenchList } from '../../generate/distractors';
import { capitalize, frenchTypography, guillemets } from '../../generate/typography';
import type { CleanArticle } from '../../types';
import { nameArticle } from '../name-article';
import { perfect } from './passe-compose';
import { clueFr, ORDER_LESSON } from './explain-order';
import type { EventNode, OrderEdge, OrderGraph } from './order-graph';
import { sameEvent, type ActorEvent } from './same-event';

/** One article's events and orders, with the actors of each event. */
export interface ArticleGraph {
	article: CleanArticle;
	graph: OrderGraph;
	events: ActorEvent[];
}

/** An event of the story: the same event as one or more articles tell it. */
interface StoryEvent {
	told: { g: ArticleGraph; k: number }[];
}

/** Most choices a `what came first` question shows. */
const MAX_CHOICES = 4;

/**
 * `D’après ces deux articles, lequel de ces événements s’est produit en premier ?` The articles
 * of a story tell some events twice (`Apple et Google ont fait le choix de bannir l'application`
 * / `Google et Apple avaient exclu l'appli`, see `sameEvent`): joined there, one article's order
 * (`suite à l'assaut du Capitole`) runs on into another's (`Précédemment`), and an event comes
 * before others no article compares it with. The event with the most later events reached
 * across two articles or more is asked, with up to three of those later events (clauses only, so
 * choices read alike). Null when no order crosses articles. `pairs` are the orders it asks.
 */
export function askFirst(
	graphs: ArticleGraph[]
): { c: Candidate; first: ActorEvent; later: ActorEvent[] } | null {
	const all = graphs.flatMap((g) => g.graph.nodes.map((_, k) => ({ g, k })));
	const story: StoryEvent[] = [];
	for (const n of all) {
		const same = story.find((s) =>
			s.told.some((t) => t.g !== n.g && sameEvent(t.g.events[t.k]!, n.g.events[n.k]!))
		);
		if (same) same.told.push(n);
		else story.push({ told: [n] });
	}
	const of = (g: ArticleGraph, k: number) =>
		story.find((s) => s.told.some((t) => t.g === g && t.k === k))!;
	const next = (s: StoryEvent) =>
		s.told.flatMap((t) =>
			t.g.graph.edges.filter((e) => e.from === t.k).map((e) => ({ e, g: t.g, to: of(t.g, e.to) }))
		);
	const reachedAtAll = new Set(story.flatMap((s) => next(s).map((st) => st.to)));
	let best: { from: StoryEvent; reached: Map<StoryEvent, Step[]>; rank: number[] } | null = null;
	for (const from of story) {
		if (!clause(from)) continue;
		const reached = new Map<StoryEvent, Step[]>();
		const walk = (s: StoryEvent, path: Step[]) => {
			for (const step of next(s)) {
				if (reached.has(step.to) || step.to === from) continue;
				reached.set(step.to, [...path, step]);
				walk(step.to, [...path, step]);
			}
		};
		walk(from, []);
		const later = [...reached.keys()].filter((s) => clause(s));
		const crossing = later.filter((s) => crossings(reached.get(s)!) > 1).length;
		if (later.length < 2 || crossing === 0) continue;
		// Most events reached through another article; then an event the articles place after
		// another too: the oldest fact of all (`Parler a été lancé en 2018`) is too easy a guess.
		const rank = [crossing, Number(reachedAtAll.has(from)), later.length];
		if (
			!best ||
			rank.some(
				(r, i) =>
					r !== best!.rank[i] &&
					r > best!.rank[i]! &&
					best!.rank.slice(0, i).every((b, j) => b === rank[j])
			)
		)
			best = { from, reached, rank };
	}
	if (!best) return null;
	const later = [...best.reached.keys()]
		.filter((s) => clause(s))
		// The events reached through another article first: they make the question cross articles.
		.sort((a, b) => crossings(best.reached.get(b)!) - crossings(best.reached.get(a)!))
		.slice(0, MAX_CHOICES - 1);
	const steps = unique(later.flatMap((s) => best.reached.get(s)!));
	const used = unique(steps.map((st) => st.g));
	const evidence = evidenceOf2(steps);
	// In the passé composé: a pluperfect (`avaient exclu`) would hint at an earlier event.
	const answer = perfect(clause(best.from)!.text);
	const wrong = later.map((s) => perfect(clause(s)!.text));
	const clues = steps.map(
		(st) => `${clueFr(st.e, st.g.graph.nodes)} (${nameArticle(st.g.article)})`
	);
	const same = unique([best.from, ...steps.map((st) => st.to)]).filter(
		(s) => new Set(s.told.map((t) => t.g).filter((g) => used.includes(g))).size > 1
	);
	const joins = same.map(
		(s) =>
			`${frenchList(unique(s.told.filter((t) => used.includes(t.g)).map((t) => guillemets(t.g.graph.nodes[t.k]!.text))))} racontent le même fait`
	);
	const fr = `Les indices : ${clues.join(' ; ')}.${joins.length ? ` ${capitalize(joins.join(' ; '))}.` : ''} ${capitalize(guillemets(answer))} vient donc avant les autres. ${ORDER_LESSON.fr}`;
	const en = `Each article orders some of these events; one event told by two articles links their orders, which together put “${answer}” first. ${ORDER_LESSON.en}`;
	const where = frenchList(used.map((g) => nameArticle(g.article)));
	return {
		c: {
			question: {
				...baseFields(
					'single',
					evidence,
					answer,
					frenchTypography(`D’après ${where}, lequel de ces événements s’est produit en premier ?`),
					{ fr: frenchTypography(fr), en },
					'order-events',
					3
				),
				type: 'single',
				choices: letteredChoices([answer], wrong, answer)
			},
			score: 8,
			passage: `first:${used.map((g) => g.article.id).join(',')}`,
			asks: `first:${answer}`,
			supports: [],
			contradicts: []
		},
		first: eventOf(best.from),
		later: later.map(eventOf)
	};
}

/** One order followed: the edge, in which article, to which story event. */
interface Step {
	e: OrderEdge;
	g: ArticleGraph;
	to: StoryEvent;
}

/** The shortest clause an event is told in, or null when every article tells it as a phrase. */
function clause(s: StoryEvent): EventNode | null {
	const nodes = s.told.map((t) => t.g.graph.nodes[t.k]!).filter((n) => !n.phrase);
	return nodes.sort((a, b) => a.text.length - b.text.length)[0] ?? null;
}

/** The event as the shortest clause tells it, with its actors. */
function eventOf(s: StoryEvent): ActorEvent {
	const t = s.told.find((x) => x.g.graph.nodes[x.k] === clause(s)) ?? s.told[0]!;
	return t.g.events[t.k]!;
}

/** How many articles a path runs through. */
function crossings(path: Step[]): number {
	return new Set(path.map((st) => st.g)).size;
}

function unique<T>(xs: T[]): T[] {
	return xs.filter((x, i) => xs.indexOf(x) === i);
}

/** The passages of every order followed, article by article, in reading order. */
function evidenceOf2(steps: Step[]): Evidence[] {
	const spans = steps.flatMap((st) => {
		const nodes = [st.g.graph.nodes[st.e.from]!, st.g.graph.nodes[st.e.to]!];
		return nodes.flatMap((n) => n.spans.map((sp) => ({ g: st.g, ...sp })));
	});
	return spans
		.filter((s, i) => spans.findIndex((o) => o.g === s.g && o.start === s.start) === i)
		.sort((a, b) => a.g.article.id.localeCompare(b.g.article.id) || a.start - b.start)
		.map((s) => evidenceOf(s.g.article, s.start, s.end));
}
