import type { Localized } from '../../../questions/schema';
import { guillemets } from '../../generate/typography';
import type { EventNode, OrderEdge } from './order-graph';

/** The skill, in one sentence a teenager understands. */
export const ORDER_LESSON: Localized = {
	fr: 'Un article ne raconte pas toujours les faits dans l’ordre : les dates, les mots comme « avant », « après », « le lendemain » et le plus-que-parfait permettent de les remettre dans l’ordre.',
	en: 'An article does not always tell events in order: dates, words like “before”, “after”, “the next day” and the past perfect let you put them back in order.'
};

/** What each order word means, for English explanations (no French inside them). */
const MARKER_EN: [RegExp, string][] = [
	[/^avant$/iu, 'before'],
	[/^après (?:avoir|être)$/iu, 'after having'],
	[/^avant d(?:e|['’])$/iu, 'before'],
	[/^après$/iu, 'after'],
	[/^(?:suite à|à la suite de)$/iu, 'following'],
	[/^(?:suite à|à la suite de|après|au lendemain de)\s(?:ce|cet|cette|ces)\s/iu, 'following this'],
	[/^avant\s(?:ce|cet|cette|ces)\s/iu, 'before this'],
	[/^au lendemain de$/iu, 'the day after'],
	[/^le lendemain$/iu, 'the next day'],
	[/^précédemment$/iu, 'previously'],
	[/^auparavant$/iu, 'before that'],
	[/^peu de temps auparavant$/iu, 'shortly before'],
	[/^(?:par la suite|ensuite)$/iu, 'afterwards']
];

const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** `2021-01-06` → `6 January 2021`; `2018` → `2018`. */
export function dateEn(when: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(when);
	return m ? `${Number(m[3])} ${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}` : when;
}

/**
 * The clue that orders two events, in French: `la date « en 2018 » (« Kiwi a été lancée ») vient
 * avant la date « le 6 janvier 2021 » (« … »)`; `les mots « suite à » placent « Apple a… » après « l’assaut du Capitole »`; `le mot
 * « Précédemment » et le plus-que-parfait « avaient exclu » placent « … » avant « … »`.
 */
export function clueFr(edge: OrderEdge, nodes: EventNode[]): string {
	const a = nodes[edge.from]!;
	const b = nodes[edge.to]!;
	const r = edge.relation;
	if (!r)
		return `la date ${guillemets(lowerDate(a.dateText!))} (${guillemets(a.text)}) vient avant la date ${guillemets(lowerDate(b.dateText!))} (${guillemets(b.text)})`;
	const word = r.marker.includes(' ') ? 'les mots' : 'le mot';
	const tense = r.pluperfect ? ` et le plus-que-parfait ${guillemets(r.pluperfect)}` : '';
	const verb = r.marker.includes(' ') || tense ? 'placent' : 'place';
	const how = /lendemain/iu.test(r.marker)
		? 'le jour après'
		: /^avant|auparavant|précédemment/iu.test(r.marker)
			? 'avant'
			: 'après';
	// The relation's own wording: `suite à l'assaut du Capitole` names the phrase the text uses.
	const [first, second] = how === 'avant' ? [r.earlier, r.later] : [r.later, r.earlier];
	return `${word} ${guillemets(r.marker)}${tense} ${verb} ${guillemets(lower(first.text))} ${how} ${guillemets(lower(second.text))}`;
}

/** The same clue in English, naming events by their place in the right order. */
export function clueEn(edge: OrderEdge, nodes: EventNode[], names: [string, string]): string {
	const a = nodes[edge.from]!;
	const b = nodes[edge.to]!;
	const r = edge.relation;
	if (!r) return `${dateEn(a.when!)} comes before ${dateEn(b.when!)}`;
	const en = MARKER_EN.find(([re]) => re.test(r.marker))?.[1] ?? 'before';
	const tense = r.pluperfect ? ' and the past perfect' : '';
	const plural = r.marker.includes(' ') || tense !== '';
	return `the article’s word${r.marker.includes(' ') ? 's' : ''} for “${en}”${tense} put${plural ? '' : 's'} ${names[0]} before ${names[1]}`;
}

/** `Le 6 janvier 2021` → `le 6 janvier 2021`. */
function lowerDate(t: string): string {
	return t.replace(/^(?:Le|En)(?=\s)/u, (w) => w.toLocaleLowerCase('fr'));
}

/** How a pair is ordered, in English: `the article’s word for “after”`, or the two dates. */
export function orderedByEn(edge: OrderEdge, nodes: EventNode[]): string {
	const r = edge.relation;
	if (!r) return `the dates (${dateEn(nodes[edge.from]!.when!)}, ${dateEn(nodes[edge.to]!.when!)})`;
	const en = MARKER_EN.find(([re]) => re.test(r.marker))?.[1] ?? 'before';
	return `the article’s word${r.marker.includes(' ') ? 's' : ''} for “${en}”${r.pluperfect ? ' and the past perfect' : ''}`;
}

/** `La décision…` → `la décision…`; names stay: `Apple et Google…`. */
export function lower(t: string): string {
	return /^(?:L['’]|D['’]|(?:Le|La|Les|Un|Une|Des|Du|De|Plusieurs|Nombre|Certains|Certaines)(?!\p{Ll}))/u.test(
		t
	)
		? t.charAt(0).toLocaleLowerCase('fr') + t.slice(1)
		: t;
}
