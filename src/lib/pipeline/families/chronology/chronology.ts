import type { QuestionSet } from '../../../questions/schema';
import { groupStories } from '../../align/group-stories';
import { estimateLevel } from '../../generate/build-set';
import type { Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import { validate } from '../../validate/validate';
import type { Family } from '../family';
import { articleChoice } from '../name-article';
import { askFirst, askFirstDated, askOrder } from './ask-chronology';
import { datedEvents } from './dated-events';
import { orderRelations } from './order-relations';

/** Fewest questions a chronology set holds. */
const MIN_QUESTIONS = 2;

/**
 * Chronologie: per story, questions on the order of events each article dates clearly (full
 * dates, years, weekdays of dated articles) or orders in words (`avant`, `après`, `le
 * lendemain`). Days the articles disagree on are left to Croiser les sources.
 */
export const chronology: Family = ({ articles, byId, facts }) => {
	const sets: QuestionSet[] = [];
	const report = ['## Chronologie', ''];
	for (const story of groupStories(articles, facts)) {
		const generated: Candidate[] = [];
		for (const a of story.articles) {
			const events = datedEvents(a, facts);
			const relations = orderRelations(a);
			const order = askOrder(a, events, relations);
			if (order) generated.push(order);
			else {
				const whens = [...new Map(events.map((e) => [e.when, e])).values()];
				const comparable =
					whens.length === 2 &&
					!whens[0]!.when.startsWith(whens[1]!.when) &&
					!whens[1]!.when.startsWith(whens[0]!.when);
				if (comparable) generated.push(askFirstDated(a, whens[0]!, whens[1]!));
			}
			for (const r of relations) generated.push(askFirst(a, r));
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
			level: estimateLevel(story.articles[0]!),
			questions: kept.map((c) => c.question)
		});
	}
	report.push('');
	return { sets, report };
};
