import type { Choice } from '../../../questions/schema';
import { WEEKDAY_NAMES_EN } from '../../align/resolve-day';
import { WEEKDAYS } from '../../extract/extract-dates';
import { sentencesOf } from '../../extract/sentences';
import type { Facts } from '../../facts/extract-facts';
import { evidenceOf, questionId, type Candidate } from '../../generate/candidate';
import { hash10 } from '../../generate/hash';
import { frenchTypography, guillemets } from '../../generate/typography';
import { nameArticleWithout } from '../name-article';
import type { AnchorDay } from './anchor-day';
import { dateFr, english, shift } from './ask-anchored-date';
import { dateIsoEn } from './explain-order';
import { NOT_PAST } from './dated-events';
import type { OrderGraph } from './order-graph';

/**
 * `En croisant l’article « … » et l’article « … », trouvez à quelle date tombe le « lundi » de
 * cette phrase : « Aussi Amazon a-t-il décidé de suspendre le compte de Parler à partir de 08H00
 * GMT lundi »`. The weekly article's past days are pinned by the anchor (`mercredi` = 6 January
 * 2021), its last one (`samedi`, the 9th) tells when it was written; a day still to come then
 * (`à partir de lundi`, `d'ici dimanche`) is the first such weekday after that one
 * (Monday 11 January). Null when the weekly article announces no day, or announces one of its
 * past days again.
 */
export function askPlanDate(
	anchor: AnchorDay,
	graph: OrderGraph,
	facts: Facts,
	named: string[] = []
): Candidate | null {
	const B = anchor.weekly.article;
	const at = (key: string) => Number(key.slice(5));
	const past = graph.nodes.filter((n) => n.when?.startsWith('week:') && n.dateText);
	const last = past.sort((p, q) => at(q.when!) - at(p.when!))[0];
	if (!last) return null;
	const lastWeekday = (anchor.weekday + at(last.when!) - at(anchor.key) + 7) % 7;
	const lastIso = shift(anchor.iso, at(last.when!) - at(anchor.key));
	const sentences = sentencesOf(B);
	const plan = (facts.byArticle.get(B.id)?.dates ?? []).find((d) => {
		const s = sentences[d.sentence];
		return d.granularity === 'weekday' && s !== undefined && NOT_PAST.test(s.text);
	});
	if (!plan) return null;
	const weekday = WEEKDAYS.indexOf(plan.text.toLowerCase());
	const pastDays = new Set(
		past.map((n) => (anchor.weekday + at(n.when!) - at(anchor.key) + 7) % 7)
	);
	if (weekday < 0 || pastDays.has(weekday)) return null;
	const ahead = (weekday - lastWeekday + 7) % 7 || 7;
	const iso = shift(lastIso, ahead);
	const sentence = sentences[plan.sentence]!;
	const [A] = [anchor.dated.article];
	const [nameA, nameB] = [nameArticleWithout(A, named), nameArticleWithout(B, named)];
	const start = -(parseInt(hash10(`${B.id}|plan|${sentence.text}`).slice(0, 2), 16) % 4);
	const choices: Choice[] = [0, 1, 2, 3].map((i) => ({
		id: String.fromCharCode(97 + i),
		text: dateFr(shift(iso, start + i)),
		correct: start + i === 0
	}));
	const evidence = [
		...anchor.dated.event.spans.map((s) => evidenceOf(A, s.start, s.end)),
		...[anchor.weekly.span, ...last.spans, { start: sentence.start, end: sentence.end }]
			.filter((s, i, all) => all.findIndex((o) => o.start === s.start) === i)
			.sort((p, q) => p.start - q.start)
			.map((s) => evidenceOf(B, s.start, s.end))
	];
	const day = anchor.dated.event.dateText!.replace(/^(?:Le|le)\s/u, '');
	return {
		question: {
			id: questionId('single', evidence, `plan:${iso}`),
			type: 'single',
			prompt: frenchTypography(
				`En croisant ${nameA} et ${nameB}, trouvez à quelle date tombe le ${guillemets(plan.text)} de cette phrase : ${guillemets(sentence.text.replace(/[.!]$/u, ''))}.`
			),
			evidence,
			explanation: {
				fr: frenchTypography(
					`Les indices : ${nameA} date au ${guillemets(day)} ce que ${nameB} situe un ${guillemets(anchor.weekly.dayText)} ; le dernier jour passé que donne ${nameB} est le ${guillemets(last.dateText!)}, soit le ${dateFr(lastIso)}. Le ${guillemets(plan.text)} encore à venir est donc le ${dateFr(iso)}. Un jour encore à venir au moment où l’article est écrit se date à partir du dernier jour qu’il raconte.`
				),
				en: `The clues: ${english(nameA)} dates to “${day}” what ${english(nameB)} places on a “${anchor.weekly.dayText}” (a ${WEEKDAY_NAMES_EN[anchor.weekday]}); the last past day ${english(nameB)} gives is “${last.dateText}”, that is ${dateIsoEn(lastIso)}. The “${plan.text}” still to come is therefore ${dateIsoEn(iso)}. A day still to come when the article was written is dated from the last day it tells.`
			},
			skill: 'order-events',
			difficulty: 3,
			choices
		},
		score: 5,
		passage: `${B.id}:plan`,
		asks: `plan:${A.id}:${B.id}:${plan.start}`,
		supports: [anchor.dated.event.dateText!, anchor.weekly.dayText, last.dateText!, plan.text],
		contradicts: []
	};
}
