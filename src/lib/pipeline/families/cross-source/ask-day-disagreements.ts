import type { Evidence } from '../../../questions/schema';
import type { Facts } from '../../facts/extract-facts';
import { datedActions, type DatedAction } from '../../align/dated-actions';
import type { Story } from '../../align/group-stories';
import { WEEKDAY_NAMES, WEEKDAY_NAMES_EN } from '../../align/resolve-day';
import { evidenceOf, questionId, type Candidate } from '../../generate/candidate';
import { stableShuffle } from '../../generate/hash';
import { capitalize, frenchTypography, guillemets } from '../../generate/typography';
import { articleChoice, nameArticle, ofName } from '../name-article';
import { explain, LESSONS } from './lessons';

/**
 * Articles of a story that date one action of one actor to different days: `Apple a suivi son
 * exemple samedi` in one, `Le lendemain [de samedi], Apple imita Twitter` in another. The learner
 * matches each article to the day it gives; the evidence shows every passage side by side. An
 * article that dates the same actor's action twice, to two days, is left out (it is unclear).
 */
export function askDayDisagreements(story: Story, facts: Facts): Candidate[] {
	const byActor = new Map<string, DatedAction[]>();
	for (const a of story.articles)
		for (const d of datedActions(a, facts))
			byActor.set(d.actor.id, [...(byActor.get(d.actor.id) ?? []), d]);
	const out: Candidate[] = [];
	for (const [, all] of [...byActor].sort((x, y) => x[0].localeCompare(y[0]))) {
		// The kind of action most articles date for this actor; the others are other actions.
		const kinds = new Map<string, Set<string>>();
		for (const d of all)
			for (const k of d.actions) kinds.set(k, new Set([...(kinds.get(k) ?? []), d.article]));
		const kind = [...kinds].sort((x, y) => y[1].size - x[1].size || x[0].localeCompare(y[0]))[0];
		if (!kind || kind[1].size < 2) continue;
		const chosen: DatedAction[] = [];
		for (const a of story.articles) {
			const mine = all.filter((d) => d.article === a.id && d.actions.includes(kind[0]));
			if (mine.length > 0 && new Set(mine.map((d) => d.weekday)).size === 1) chosen.push(mine[0]!);
		}
		if (chosen.length < 2 || new Set(chosen.map((d) => d.weekday)).size < 2) continue;
		const q = matchDays(chosen, story);
		if (q) out.push(q);
	}
	return out;
}

function matchDays(chosen: DatedAction[], story: Story): Candidate | null {
	const byId = new Map(story.articles.map((a) => [a.id, a]));
	const actor = chosen[0]!.actor.name;
	const evidence: Evidence[] = chosen.flatMap((d) =>
		d.spans.map((s) => evidenceOf(byId.get(d.article)!, s.start, s.end))
	);
	const quotes = evidence.map((e) => e.quote.toLocaleLowerCase('fr')).join(' ');
	const used = [...new Set(chosen.map((d) => d.weekday))];
	// One day no article gives, so the last match is not given away.
	const extra = [1, 2, 3, 4, 5, 6, 0]
		.map((k) => (Math.max(...used) + k) % 7)
		.find((w) => !used.includes(w) && !quotes.includes(WEEKDAY_NAMES[w]!));
	if (extra === undefined) return null;
	const left = chosen.map((d, i) => ({
		id: `a${i + 1}`,
		text: articleChoice(byId.get(d.article)!)
	}));
	const right = stableShuffle(
		[...used, extra].map((w) => ({ id: `d${w}`, text: WEEKDAY_NAMES[w]! })),
		(r) => r.text,
		chosen.map((d) => d.article).join()
	);
	const pairs = chosen.map((d, i) => ({ left: `a${i + 1}`, right: `d${d.weekday}` }));
	const says = (d: DatedAction) => {
		const name = nameArticle(byId.get(d.article)!);
		const day = WEEKDAY_NAMES[d.weekday]!;
		return d.from
			? `${name} écrit ${guillemets(d.dayText)}, le jour après ${guillemets(d.from)}, donc ${day}`
			: `${name} écrit ${guillemets(d.dayText)}`;
	};
	// No French inside English: the day is named in English, `le lendemain` as `the next day`.
	const saysEn = (d: DatedAction) =>
		`${articleChoice(byId.get(d.article)!).replace(/«\u00A0|\u00A0»/gu, '"')} says ${d.from ? `“the next day” after ${WEEKDAY_NAMES_EN[(d.weekday + 6) % 7]}, so ` : ''}${WEEKDAY_NAMES_EN[d.weekday]}`;
	const why = {
		fr: `${capitalize(chosen.map(says).join(' ; '))}. Les articles ne donnent pas le même jour pour la décision ${ofName(actor)}.`,
		en: `${chosen.map(saysEn).join('; ')}. The articles do not give the same day for ${actor}’s decision.`
	};
	const answer = pairs.map((p) => `${p.left}=${p.right}`).join(',');
	return {
		question: {
			id: questionId('matching', evidence, answer),
			type: 'matching',
			prompt: frenchTypography(
				`Les articles ne situent pas la décision ${ofName(actor)} le même jour. Associez chaque article au jour qu’il donne.`
			),
			evidence,
			explanation: explain(why, LESSONS.contradict),
			skill: 'cross-check',
			difficulty: chosen.some((d) => d.from) ? 3 : 2,
			left,
			right,
			pairs
		},
		score: 10,
		passage: `${chosen[0]!.article}:${chosen[0]!.sentence}`,
		asks: `day-of:${chosen[0]!.actor.id}`,
		supports: chosen.map((d) => d.dayText),
		contradicts: [WEEKDAY_NAMES[extra]!]
	};
}
