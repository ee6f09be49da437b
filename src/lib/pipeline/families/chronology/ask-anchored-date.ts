import type { Choice } from '../../../questions/schema';
import { evidenceOf, questionId, type Candidate } from '../../generate/candidate';
import { hash10 } from '../../generate/hash';
import { frenchTypography, guillemets } from '../../generate/typography';
import { nameArticleWithout } from '../name-article';
import { WEEKDAY_NAMES, WEEKDAY_NAMES_EN } from '../../align/resolve-day';
import type { AnchorDay } from './anchor-day';
import { clauseOf } from './clause-of';
import { curly, dateIsoEn, lower } from './explain-order';
import { MONTHS } from '../../extract/extract-dates';
import { isTrigger } from './logic-gives';
import type { EventNode, OrderGraph } from './order-graph';
import { isPlan } from './pair-filters';
import { usableEvent } from './usable-event';

const COUNT_FR = [
	'',
	'un jour',
	'deux jours',
	'trois jours',
	'quatre jours',
	'cinq jours',
	'six jours'
];

/** `2021-01-06` moved by `days`. */
export function shift(iso: string, days: number): string {
	return new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `2021-01-08` → `8 janvier 2021`, `2021-01-01` → `1er janvier 2021`. */
export function dateFr(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d === 1 ? '1er' : d} ${MONTHS[m! - 1]} ${y}`;
}

/** The words of a sentence up to the weekday, six at most: `ont fait irruption au Capitole mercredi`. */
export function lead(text: string, dayText: string): string {
	const at = text.indexOf(dayText);
	const words = text.slice(0, at + dayText.length).split(/\s+/u);
	return words.slice(-6).join(' ');
}

/**
 * `En croisant l’article « Parler : AWS refuse… » et l’article « Après Google et Apple… »,
 * trouvez à quelle date cet événement a eu lieu : Twitter a fermé le compte de Donald Trump.`
 * One article dates an event in full (`Le 6 janvier 2021`), the other names it by its weekday
 * only (`mercredi`, see `anchorDay`) and dates another event by another weekday (`vendredi`): the
 * date of that one (8 January 2021) is read in neither article alone. The event asked is the
 * first the weekly article tells on another day of its week, an event in the passé composé that
 * is no plan and no riot; choices are four days in a row around it. Returns the question and that
 * event; null when there is none.
 */
export function askAnchoredDate(
	anchor: AnchorDay,
	graph: OrderGraph,
	named: string[] = []
): { c: Candidate; target: EventNode } | null {
	const at = (key: string) => Number(key.slice(5));
	const target = graph.nodes
		.filter(
			(n) =>
				n.when?.startsWith('week:') &&
				n.when !== anchor.key &&
				n.dateText !== undefined &&
				usableEvent(n) &&
				!isPlan(n) &&
				!isTrigger(n) &&
				clauseOf(n) !== null
		)
		.sort((p, q) => p.spans.at(-1)!.start - q.spans.at(-1)!.start)[0];
	if (!target) return null;
	const gap = at(target.when!) - at(anchor.key);
	const iso = shift(anchor.iso, gap);
	const [A, B] = [anchor.dated.article, anchor.weekly.article];
	const event = curly(clauseOf(target)!);
	const anchorEvent = curly(clauseOf(anchor.dated.event) ?? anchor.dated.event.text);
	const start = -(parseInt(hash10(`${A.id}|${B.id}|${event}`).slice(0, 2), 16) % 4);
	const choices: Choice[] = [0, 1, 2, 3].map((i) => ({
		id: String.fromCharCode(97 + i),
		text: dateFr(shift(iso, start + i)),
		correct: start + i === 0
	}));
	const evidence = [
		...anchor.dated.event.spans.map((s) => evidenceOf(A, s.start, s.end)),
		...[anchor.weekly.span, ...target.spans]
			.filter((s, i, all) => all.findIndex((o) => o.start === s.start) === i)
			.sort((p, q) => p.start - q.start)
			.map((s) => evidenceOf(B, s.start, s.end))
	];
	const weekly = B.text.slice(anchor.weekly.span.start, anchor.weekly.span.end);
	const words = lead(weekly, anchor.weekly.dayText);
	const apart = gap > 0 ? `${COUNT_FR[gap]} plus tard` : `${COUNT_FR[-gap]} plus tôt`;
	const apartEn = `${Math.abs(gap)} day${Math.abs(gap) === 1 ? '' : 's'} ${gap > 0 ? 'later' : 'earlier'}`;
	const [nameA, nameB] = [nameArticleWithout(A, named), nameArticleWithout(B, named)];
	// `Le 6 janvier 2021` → `6 janvier 2021`: the date as written, after the explanation's own `le`.
	const day = anchor.dated.event.dateText!.replace(/^(?:Le|le)\s/u, '');
	const c: Candidate = {
		question: {
			id: questionId('single', evidence, iso),
			type: 'single',
			prompt: frenchTypography(
				`En croisant ${nameA} et ${nameB}, trouvez à quelle date cet événement a eu lieu : ${event}.`
			),
			evidence,
			explanation: {
				fr: frenchTypography(
					`Les indices : selon ${nameA}, ${lower(anchorEvent)} le ${guillemets(day)}, un ${WEEKDAY_NAMES[anchor.weekday]} ; ${nameB} situe ce fait un ${guillemets(anchor.weekly.dayText)} (${guillemets(words)}) et dit que ${lower(event)} ${guillemets(target.dateText!)}, ${apart}. L’événement a donc eu lieu le ${dateFr(iso)}. Un article qui ne donne qu’un jour de la semaine se date en le croisant avec un autre qui donne la date complète d’un même fait.`
				),
				en: `The clues: according to ${english(nameA)}, “${anchorEvent}” on “${day}”, a ${WEEKDAY_NAMES_EN[anchor.weekday]}; ${english(nameB)} places that on a “${anchor.weekly.dayText}” (“${words}”) and says “${event}” happened on “${target.dateText}”, ${apartEn}. So it happened on ${dateIsoEn(iso)}. An article giving only a day of the week can be dated by crossing it with another that gives the full date of one same fact.`
			},
			skill: 'order-events',
			difficulty: 3,
			choices
		},
		score: 6,
		passage: `${B.id}:date`,
		asks: `date:${A.id}:${B.id}:${target.text}`,
		supports: [anchor.dated.event.dateText!, anchor.weekly.dayText, target.dateText!],
		contradicts: []
	};
	return { c, target };
}

/** `l’article « Après Google… »` → `the article “Après Google…”`: an article's name in English. */
export function english(name: string): string {
	return name.replace(/^l’/u, 'the ').replace(/«\s*/gu, '“').replace(/\s*»/gu, '”');
}
