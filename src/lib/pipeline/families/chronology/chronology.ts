import type { QuestionSet } from '../../../questions/schema';
import { groupStories } from '../../align/group-stories';
import type { Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import { validate } from '../../validate/validate';
import type { Family } from '../family';
import { articleChoice } from '../name-article';
import { storyLevel } from '../story-level';
import { askOrder, askPair, MAX_ITEMS } from './ask-chronology';
import { askDayGap } from './ask-day-gap';
import { askAnchoredDate } from './ask-anchored-date';
import { askPlanDate } from './ask-plan-date';
import { anchorDay } from './anchor-day';
import { gapPairs } from './gap-pairs';
import {
	longestChain,
	orderGraph,
	type Clause,
	type OrderGraph,
	type TimedEvent
} from './order-graph';
import { datedEvents } from './dated-events';
import { orderRelations } from './order-relations';
import { weekdayKey } from '../../align/weekday-key';
import { jointActions } from './joint-actions';
import { usableEvent } from './usable-event';
import { logicGives } from './logic-gives';
import { clauseOf } from './clause-of';
import { cleanSentence } from './clean-sentence';
import { isPlan } from './pair-filters';
import { sentencesOf } from '../../extract/sentences';
import type { CleanArticle } from '../../types';
import { actorsOf, acronyms } from './actors';
import type { ActorEvent } from './same-event';
import { datedActions } from '../../align/dated-actions';
import { keepOnce, type Asked } from './repeats';
import { nameKey } from '../../refine/group-entities';
import type { Facts } from '../../facts/extract-facts';

/** Fewest questions a chronology set holds. */
const MIN_QUESTIONS = 2;

/**
 * Chronologie: per story, questions on the order of events each article dates clearly (full
 * dates, years, weekdays: see `weekdayKey`) or orders in words (`Avant la décision de…`, `Le
 * lendemain`, `Précédemment` with a pluperfect, `Après Google et Apple, Amazon…`, `Apple a suivi
 * son exemple`): an ordering question on the longest chain of an article, and a true-or-false
 * question on each other pair; how many days lie between two actors' deeds the article tells
 * apart (`gapPairs`: `Twitter… vendredi`, `Google… vendredi`); and, across two articles, the date
 * of an event one names by its weekday when the other gives the full date of an event it also
 * dates by weekday (`anchorDay`: `Le 6 janvier 2021` = `mercredi`, so `vendredi` is the 8th).
 * Every other question reads one article: a statement holds only what that article tells. Only
 * orders the text alone
 * gives: no founding, no state, no pair logic orders by itself (`logicGives`: words of cause, a
 * riot against its aftermath). Actions several actors took in turn are told one by one
 * (`jointActions`). Events are shown as clauses in the passé composé readable alone (`cleanEvent`,
 * `perfect`). Each order is asked once per article and by three articles at most (`keepOnce`).
 * Days the articles disagree on are left to Croiser les sources. The set's level is that of its
 * hardest article.
 */
export const chronology: Family = ({ articles, byId, facts }) => {
	const sets: QuestionSet[] = [];
	const report = ['## Chronologie', ''];
	for (const story of groupStories(articles, facts)) {
		const read = story.articles.map((a) => ({ a, graph: articleGraph(a, facts) }));
		const canon = actorName(
			facts,
			acronyms(read.flatMap(({ graph }) => graph.nodes.map((n) => n.text)))
		);
		const actors = (text: string) => actorsOf({ text }, canon);
		const graphs = read.map(({ a, graph }) => ({
			article: a,
			graph,
			events: graph.nodes.map((n): ActorEvent => ({ text: n.text, actors: actors(n.text) }))
		}));
		const asked: Asked[] = [];
		const pair = (a: ActorEvent, b: ActorEvent, loose: boolean) => ({ a, b, loose });
		// Every actor of the story: no prompt names an article by headline words that name one
		// (`Après Google et Apple, Amazon…` would tell the order another question asks).
		// The story's subject (`Parler`, named in every headline) tells no order: left out.
		const mentions = new Map<string, number>();
		for (const article of story.articles)
			for (const { e } of facts.byArticle.get(article.id)?.named ?? [])
				mentions.set(e.id, (mentions.get(e.id) ?? 0) + 1);
		const topic = [...mentions].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
		const named = [...new Set(graphs.flatMap((g) => g.events.flatMap((e) => e.actors)))]
			.map((n) => facts.entityOf.get(nameKey(n)))
			.filter((e) => e !== undefined && e.id !== topic)
			.flatMap((e) => e!.aliases);
		// `Google… vendredi` here, `Samedi, le géant internet a… retiré Parler` there: an actor
		// whose deeds the articles date to different days gives no clue for a question on days
		// (Croiser les sources asks it).
		const days = new Map<string, Set<number>>();
		for (const article of story.articles)
			for (const d of datedActions(article, facts))
				for (const alias of d.actor.aliases)
					days.set(nameKey(alias), (days.get(nameKey(alias)) ?? new Set()).add(d.weekday));
		const contested = (ev: ActorEvent) =>
			ev.actors.some((n) => (days.get(nameKey(n))?.size ?? 0) > 1);
		for (const { article: a, graph, events } of graphs) {
			const chain = longestChain(graph, (k) => clauseOf(graph.nodes[k]!) !== null).slice(
				0,
				MAX_ITEMS
			);
			const order = askOrder(a, graph, chain, named);
			// An ordering asks the order of every two of its events.
			if (order)
				asked.push({
					article: a.id,
					c: order,
					pairs: chain.flatMap((k, i) =>
						chain.slice(i + 1).map((l) => pair(events[k]!, events[l]!, false))
					)
				});
			const inOrder = (x: number, y: number) =>
				order !== null && chain.includes(x) && chain.includes(y);
			const ask = (path: number[]) => {
				const [x, y] = [path[0]!, path.at(-1)!];
				const c = inOrder(x, y) ? null : askPair(a, graph, path, undefined, named);
				if (c)
					asked.push({
						article: a.id,
						c,
						pairs: [pair(events[x]!, events[y]!, true)],
						again: (truth) => askPair(a, graph, path, truth, named)
					});
			};
			// One question per two events, whatever number of clues order them.
			const direct = (x: number, y: number) => graph.edges.some((e) => e.from === x && e.to === y);
			graph.edges.forEach((e, i) => {
				if (graph.edges.findIndex((o) => o.from === e.from && o.to === e.to) === i)
					ask([e.from, e.to]);
			});
			// Two events whose order takes two clues (`vendredi` → `samedi`, then `Après Google et
			// Apple`): one such question per article, read across the text; not beside an ordering,
			// which reads across the same clues (`Twitter…, puis Amazon…` beside `Google → Apple →
			// Amazon` only adds an actor before the chain, whose place the story's logic suggests).
			const twoSteps = graph.edges.flatMap((e) =>
				graph.edges
					.filter((f) => f.from === e.to && f.to !== e.from && !direct(e.from, f.to))
					.map((f) => [e.from, e.to, f.to])
			);
			const step = order ? undefined : twoSteps.find((p) => !inOrder(p[0]!, p[2]!));
			if (step) ask(step);
			// Two actors on one day, told far apart (`Twitter… vendredi`, `Google… vendredi`): how
			// many days lie between them, one such question per article.
			const gap = gapPairs(graph, events)
				.filter(([x, y]) => !contested(events[x]!) && !contested(events[y]!))
				.map(([x, y]) => ({ x, y, c: askDayGap(a, graph, x, y, named) }))
				.find((g) => g.c !== null);
			if (gap)
				asked.push({
					article: a.id,
					c: gap.c!,
					pairs: [pair(events[gap.x]!, events[gap.y]!, false)]
				});
		}
		// A weekly article's day pinned by another's full date (`mercredi` = `Le 6 janvier 2021`):
		// the date of another of its events, read in neither article alone.
		const anchor = anchorDay(
			read.map(({ a, graph }) => ({
				article: a,
				events: graph.nodes.filter((n) => /^\d{4}-\d{2}-\d{2}$/u.test(n.when ?? ''))
			})),
			story.articles,
			facts
		);
		const weekly = anchor && graphs.find((g) => g.article.id === anchor.weekly.article.id);
		const dated = anchor && weekly ? askAnchoredDate(anchor, weekly.graph, named) : null;
		if (anchor && dated) {
			const ev = (n: { text: string }): ActorEvent => ({ text: n.text, actors: actors(n.text) });
			asked.push({
				article: null,
				c: dated.c,
				pairs: [pair(ev(anchor.dated.event), ev(dated.target), false)]
			});
		}
		// The same week pins a day the weekly article announces (`à partir de… lundi`).
		const plan = anchor && weekly ? askPlanDate(anchor, weekly.graph, facts, named) : null;
		if (plan) asked.push({ article: null, c: plan, pairs: [] });
		// One question per order in the story, whichever article tells it (`keepOnce`).
		const { kept, repeats } = keepOnce(asked);
		const generated: Candidate[] = balance(kept);
		const { kept: valid, dropped } = validate(generated, { articles: byId });
		report.push(
			`- story \`${story.id}\` (${story.articles.length} articles): ${asked.length} generated, ${repeats.length} repeats, ${dropped.length} dropped, ${valid.length} kept`,
			...repeats.map(
				({ q, twin }) => `  - left out \`${q.c.asks}\`: same events as \`${twin.c.asks}\``
			)
		);
		for (const d of dropped)
			report.push(`  - dropped \`${d.candidate.asks}\`: ${d.reasons.join('; ')}`);
		for (const { a, graph } of read)
			report.push(...graph.left.map((l) => `  - not asked (\`${a.id}\`) ${l}`));
		if (valid.length < MIN_QUESTIONS) continue;
		const one = story.articles.length === 1 ? story.articles[0]! : null;
		sets.push({
			id: `chronology-${story.id.replace(/^story-/u, '')}`,
			kind: 'chronology',
			title: {
				fr: frenchTypography(
					one
						? `Chronologie : ${articleChoice(one)}`
						: `Chronologie : ${story.articles.length} articles sur une même affaire`
				),
				en: one
					? `Chronology: ${articleChoice(one).replace(/«\u00A0|\u00A0»/gu, '"')}`
					: `Chronology: ${story.articles.length} articles on one story`
			},
			description: {
				fr: frenchTypography(
					`Remettre les événements dans l’ordre à partir des dates que donnent les textes et des mots ${guillemets('avant')}, ${guillemets('après')}, ${guillemets('le lendemain')}.`
				),
				en: 'Put events back in order from the dates the texts give and words like “before”, “after”, “the next day”.'
			},
			articles: story.articles.map((a) => a.id),
			skill: 'order-events',
			level: storyLevel(story.articles),
			questions: valid.map((c) => c.question)
		});
	}
	report.push('');
	return { sets, report };
};

/** Whether a question is a true-or-false one whose statement is true. */
function answer(c: Candidate): boolean | null {
	const q = c.question;
	return q.type === 'true-false' ? q.choices.find((x) => x.correct)!.text === 'Vrai' : null;
}

/**
 * The questions with their true-or-false answers balanced: while one answer outnumbers the other
 * by two or more, a statement no rule ties to that answer is asked the other way (`Twitter a
 * fermé le compte…, puis Apple a retiré Parler…` rather than the swapped one), so `Faux` is not
 * a safe guess.
 */
function balance(kept: Asked[]): Candidate[] {
	const out = kept.map((k) => k.c);
	const count = (t: boolean) => out.filter((c) => answer(c) === t).length;
	for (let i = out.length - 1; i >= 0; i--) {
		const more = count(true) > count(false);
		if (Math.abs(count(true) - count(false)) < 2) break;
		if (answer(out[i]!) !== more) continue;
		const other = kept[i]!.again?.(!more);
		if (other && answer(other) === !more) out[i] = other;
	}
	return out;
}

/**
 * An article's events and orders, without what logic orders by itself: dated events, actions
 * several actors took in turn, orders in words; then only events that read in the passé composé
 * (`usableEvent`) and orders a learner must read to know (`logicGives`).
 */
function articleGraph(article: CleanArticle, facts: Facts): OrderGraph & { left: string[] } {
	const key = weekdayKey(article, facts);
	const joint = jointActions(article, facts, key);
	const timed: TimedEvent[] = [
		...datedEvents(article, facts).map((e) => ({ ...e, spans: [{ start: e.start, end: e.end }] })),
		...joint.actions.flatMap((x) =>
			x.when ? [{ text: x.text, when: x.when, dateText: x.dateText, spans: x.spans }] : []
		)
	];
	// Actors in turn first: `Après Google et Apple` then stands for each of their actions.
	const relations = [...joint.relations, ...orderRelations(article, facts)];
	// Clauses stand only for a plan a relation names: the sentences are cleaned only then.
	const clauses: Clause[] = relations.some((r) => isPlan(r.earlier) || isPlan(r.later))
		? sentencesOf(article)
				.filter((s) => !s.heading)
				.flatMap((s) => {
					const text = cleanSentence(article, s);
					return text ? [{ text, spans: [{ start: s.start, end: s.end }] }] : [];
				})
		: [];
	const graph = orderGraph(timed, relations, clauses);
	const left: string[] = [];
	const edges = graph.edges.filter((e) => {
		const [a, b] = [graph.nodes[e.from]!, graph.nodes[e.to]!];
		const why = !usableEvent(a)
			? `a founding, a state or a plan: ${a.text}`
			: !usableEvent(b)
				? `a founding, a state or a plan: ${b.text}`
				: logicGives(a, b, e.relation)
					? 'logic gives the order'
					: null;
		if (why) left.push(`${a.text} < ${b.text} [${e.relation?.clue ?? 'dates'}]: ${why}`);
		return !why;
	});
	return { ...graph, edges, left };
}

/** One name per actor: the corpus's entity (`AWS` is `Amazon`), through a story's acronyms. */
function actorName(facts: Facts, acronym: Map<string, string>): (name: string) => string {
	return (name) => {
		const short = acronym.get(name) ?? name;
		return (
			facts.entityOf.get(nameKey(short))?.id ??
			facts.entityOf.get(nameKey(name))?.id ??
			nameKey(short)
		);
	};
}
