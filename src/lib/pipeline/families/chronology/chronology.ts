import type { QuestionSet } from '../../../questions/schema';
import { groupStories } from '../../align/group-stories';
import type { Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import { validate } from '../../validate/validate';
import type { Family } from '../family';
import { articleChoice } from '../name-article';
import { storyLevel } from '../story-level';
import { askOrder, askPair } from './ask-chronology';
import { longestChain, orderGraph, type OrderEdge } from './order-graph';
import { datedEvents } from './dated-events';
import { orderRelations } from './order-relations';
import { pairKey } from './pair-filters';

/** Fewest questions a chronology set holds. */
const MIN_QUESTIONS = 2;

/**
 * Chronologie: per story, questions on the order of events each article dates clearly (full
 * dates, years, weekdays of dated articles) or orders in words (`avant`, `après`, `le
 * lendemain`, `Précédemment` with a pluperfect): an ordering question on the longest chain of an
 * article, and a true-or-false question on each other pair (never on a pair the ordering asks).
 * Events are shown as clauses readable alone (`cleanEvent`). Days the articles disagree on are
 * left to Croiser les sources. The set's level is that of its hardest article.
 */
export const chronology: Family = ({ articles, byId, facts }) => {
	const sets: QuestionSet[] = [];
	const report = ['## Chronologie', ''];
	for (const story of groupStories(articles, facts)) {
		const generated: Candidate[] = [];
		const pairs: { c: Candidate; key: string | null }[] = [];
		const taken = new Set<string>();
		for (const a of story.articles) {
			const graph = orderGraph(datedEvents(a, facts), orderRelations(a, facts));
			const chain = longestChain(graph);
			const order = askOrder(a, graph, chain);
			if (order) generated.push(order);
			// A pair the ordering question already asks about is not asked again.
			const inOrder = (e: OrderEdge) =>
				order !== null && chain.some((k, i) => k === e.from && chain[i + 1] === e.to);
			if (order)
				chain.slice(1).forEach((k, i) => {
					const key = pairKey(graph.nodes[chain[i]!]!, graph.nodes[k]!);
					if (key) taken.add(`${a.id}:${key}`);
				});
			for (const e of graph.edges) {
				const pair = inOrder(e) ? null : askPair(a, graph, e);
				const key = pairKey(graph.nodes[e.from]!, graph.nodes[e.to]!);
				if (pair) pairs.push({ c: pair, key: key && `${a.id}:${key}` });
			}
		}
		// One question per pair of actors in an article (`La décision de Lens` / `Le choix de Lens`),
		// the ordering first, then the best scored (stable sort). Kept per article, not per story:
		// across the seeds that left too few questions; another article's wording may come back.
		for (const { c, key } of [...pairs].sort((x, y) => y.c.score - x.c.score)) {
			if (key && taken.has(key)) continue;
			if (key) taken.add(key);
			generated.push(c);
		}
		const { kept, dropped } = validate(generated, { articles: byId });
		report.push(
			`- story \`${story.id}\` (${story.articles.length} articles): ${generated.length} generated, ${dropped.length} dropped, ${kept.length} kept`
		);
		for (const d of dropped)
			report.push(`  - dropped \`${d.candidate.asks}\`: ${d.reasons.join('; ')}`);
		if (kept.length < MIN_QUESTIONS) continue;
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
			questions: kept.map((c) => c.question)
		});
	}
	report.push('');
	return { sets, report };
};
