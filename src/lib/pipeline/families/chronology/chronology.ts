import type { QuestionSet } from '../../../questions/schema';
import { groupStories } from '../../align/group-stories';
import type { Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import { validate } from '../../validate/validate';
import type { Family } from '../family';
import { articleChoice } from '../name-article';
import { storyLevel } from '../story-level';
import { askOrder, askPair, MAX_ITEMS } from './ask-chronology';
import { longestChain, orderGraph, type OrderEdge } from './order-graph';
import { datedEvents } from './dated-events';
import { plainWording } from './plain-wording';
import { orderRelations } from './order-relations';
import { actorsOf, acronyms } from './actors';
import type { ActorEvent } from './same-event';
import { askFirst, type ArticleGraph } from './ask-first';
import { keepOnce, type Asked } from './repeats';
import { nameKey } from '../../refine/group-entities';
import type { Facts } from '../../facts/extract-facts';

/** Fewest questions a chronology set holds. */
const MIN_QUESTIONS = 2;

/**
 * Chronologie: per story, questions on the order of events each article dates clearly (full
 * dates, years, weekdays of dated articles) or orders in words (`avant`, `après`, `le
 * lendemain`, `Précédemment` with a pluperfect, `après avoir`, `Suite à cet incident`): an
 * ordering question on the longest chain of an article, a `what came first` question where one
 * article's order runs on into another's through an event both tell (`askFirst`), and a
 * true-or-false question on each other pair. Each order is asked once in the story, whichever
 * article words it (`keepOnce`); a relayed article's odd wording gives way to a first-hand
 * article's (`plainWording`). Events are shown as clauses readable alone (`cleanEvent`). Days
 * the articles disagree on are left to Croiser les sources. The set's level is that of its
 * hardest article.
 */
export const chronology: Family = ({ articles, byId, facts }) => {
	const sets: QuestionSet[] = [];
	const report = ['## Chronologie', ''];
	for (const story of groupStories(articles, facts)) {
		const read = story.articles.map((a) => ({
			a,
			graph: orderGraph(datedEvents(a, facts), orderRelations(a, facts))
		}));
		const canon = actorName(
			facts,
			acronyms(read.flatMap(({ graph }) => graph.nodes.map((n) => n.text)))
		);
		const actors = (text: string) => actorsOf({ text }, canon);
		// A relayed article's odd wording gives way to a first-hand article's (`plainWording`).
		const graphs: ArticleGraph[] = read.map(({ a, graph }) => {
			const nodes = plainWording(a, graph.nodes, story.articles, actors);
			const events = nodes.map((n): ActorEvent => ({ text: n.text, actors: actors(n.text) }));
			return { article: a, graph: { ...graph, nodes }, events };
		});
		const asked: Asked[] = [];
		const pair = (a: ActorEvent, b: ActorEvent, loose: boolean) => ({ a, b, loose });
		for (const { article: a, graph, events } of graphs) {
			const chain = longestChain(graph).slice(0, MAX_ITEMS);
			const order = askOrder(a, graph, chain, byId);
			// An ordering asks the order of every two of its events.
			if (order)
				asked.push({
					c: order,
					pairs: chain.flatMap((k, i) =>
						chain.slice(i + 1).map((l) => pair(events[k]!, events[l]!, false))
					)
				});
			const inOrder = (e: OrderEdge) =>
				order !== null && chain.some((k, i) => k === e.from && chain[i + 1] === e.to);
			for (const e of graph.edges) {
				const c = inOrder(e) ? null : askPair(a, graph, e, byId);
				if (c) asked.push({ c, pairs: [pair(events[e.from]!, events[e.to]!, true)] });
			}
		}
		const first = askFirst(graphs);
		if (first)
			asked.push({ c: first.c, pairs: first.later.map((l) => pair(first.first, l, false)) });
		// One question per order in the story, whichever article tells it (`keepOnce`).
		const { kept, repeats } = keepOnce(asked);
		const generated: Candidate[] = kept.map((k) => k.c);
		const { kept: valid, dropped } = validate(generated, { articles: byId });
		report.push(
			`- story \`${story.id}\` (${story.articles.length} articles): ${asked.length} generated, ${repeats.length} repeats, ${dropped.length} dropped, ${valid.length} kept`,
			...repeats.map(
				({ q, twin }) => `  - left out \`${q.c.asks}\`: same events as \`${twin.c.asks}\``
			)
		);
		for (const d of dropped)
			report.push(`  - dropped \`${d.candidate.asks}\`: ${d.reasons.join('; ')}`);
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
