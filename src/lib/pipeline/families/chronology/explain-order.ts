import type { Localized } from '../../../questions/schema';
import { guillemets } from '../../generate/typography';
import { WEEKDAY_NAMES, WEEKDAY_NAMES_EN } from '../../align/resolve-day';
import { actorsOf } from './actors';
import { clauseOf } from './clause-of';
import type { EventNode, OrderEdge } from './order-graph';

/** The skill, in one sentence a teenager understands. */
export const ORDER_LESSON: Localized = {
	fr: 'Un article ne raconte pas toujours les faits dans l’ordre : les dates et les mots de temps (« avant », « après », « le lendemain ») permettent de les remettre dans l’ordre.',
	en: 'An article does not always tell events in order: dates and time words (“avant”, “après”, “le lendemain”: before, after, the next day) let you put them back in order.'
};

/** What order words mean, for English explanations. */
const MARKER_EN: [RegExp, string][] = [
	[/^avant d(?:e|['’])$/iu, 'before'],
	[/^avant\s(?:ce|cet|cette|ces)\s/iu, 'before this'],
	[/^avant(?!\p{L})/iu, 'before'],
	[/^après (?:avoir|être)$/iu, 'after having'],
	[/^(?:suite à|à la suite de|après|au lendemain de)\s(?:ce|cet|cette|ces)\s/iu, 'following this'],
	[/^après(?!\p{L})/iu, 'after'],
	[/^(?:suite à|à la suite de)$/iu, 'following'],
	[/^au lendemain de$/iu, 'the day after'],
	[/^le lendemain$/iu, 'the next day'],
	[/^la veille$/iu, 'the day before'],
	[/^précédemment$/iu, 'previously'],
	[/^auparavant$/iu, 'before that'],
	[/^peu de temps auparavant$/iu, 'shortly before'],
	[/^plus tôt/iu, 'earlier'],
	[/^(?:par la suite|ensuite)$/iu, 'afterwards'],
	[/plus tard$/iu, 'later'],
	[/suivi (?:son|leur) exemple/iu, 'followed the example'],
	[/emboîté le pas/iu, 'followed suit'],
	[/imit/iu, 'imitated']
];

/** Month names in English, January first. */
export const MONTHS_EN = [
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

/** `2021-01-06` → `6 January 2021`; `2018` → `2018`; a weekday of an undated article → its name. */
export function dateEn(n: EventNode): string {
	if (/^\d{4}-\d{2}-\d{2}$/u.test(n.when ?? '')) return dateIsoEn(n.when!);
	const day = WEEKDAY_NAMES.indexOf((n.dateText ?? '').toLocaleLowerCase('fr'));
	return day >= 0 ? WEEKDAY_NAMES_EN[day]! : (n.when ?? '');
}

/** `2021-01-08` → `8 January 2021`. */
export function dateIsoEn(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS_EN[m! - 1]} ${y}`;
}

/** `a suivi son exemple`: words that say the subject did what another did. */
const FOLLOWS = /suivi|emboîté|imit/u;

/** What an order word means in English: `Après Google et Apple` → `after Google and Apple`. */
function markerEn(clue: string, marker: string): string {
	const en = MARKER_EN.find(([re]) => re.test(marker))?.[1] ?? 'before';
	// The names after `Après` are names in both languages: `after Google and Apple, Amazon`.
	const names = /^(?:Après|Avant)\s(\p{Lu}[^]*)$/u.exec(clue)?.[1];
	if (names) return `${en} ${names.replace(/\set\s/gu, ' and ')}`;
	// `Apple a suivi son exemple`: `Apple followed the example`.
	const subject = FOLLOWS.test(clue) ? /^(\p{Lu}[\p{L}-]+)\s/u.exec(clue)?.[1] : undefined;
	return subject ? `${subject} ${en}` : en;
}

/**
 * `(Twitter)`: who a date is about, when the two events it orders name different actors (two
 * dates of one actor need no name).
 */
function who(n: EventNode, other: EventNode): string {
	const [names, others] = [actorsOf(n), actorsOf(other)];
	if (names.length === 0 || others.length === 0 || names.join() === others.join()) return '';
	return ` (${names.join(' et ')})`;
}

/**
 * The clue of one order, in French, quoting only the article's words: `« vendredi » (Twitter)
 * vient avant « samedi » (Apple)`; `le mot « Précédemment » et le plus-que-parfait « avaient
 * exclu »`; `les mots « Après Google et Apple, Amazon »`; `les mots « Apple a suivi son exemple »`.
 */
export function clueFr(edge: OrderEdge, nodes: EventNode[]): string {
	const r = edge.relation;
	const [a, b] = [nodes[edge.from]!, nodes[edge.to]!];
	if (!r)
		return `${guillemets(a.dateText!)}${who(a, b)} vient avant ${guillemets(b.dateText!)}${who(b, a)}`;
	const word = r.clue.includes(' ') ? 'les mots' : 'le mot';
	const tense = r.pluperfect ? ` et le plus-que-parfait ${guillemets(r.pluperfect)}` : '';
	return `${word} ${guillemets(r.clue)}${tense}`;
}

/** The same clue in English: `« vendredi » (Friday, Twitter) comes before « samedi » (Saturday, Apple)`. */
export function clueEn(edge: OrderEdge, nodes: EventNode[]): string {
	const r = edge.relation;
	const [a, b] = [nodes[edge.from]!, nodes[edge.to]!];
	const whoEn = (n: EventNode, other: EventNode) =>
		who(n, other).replace(/^ \(/u, ', ').replace(/\)$/u, '').replace(/ et /gu, ' and ');
	if (!r)
		return `«\u00A0${a.dateText}\u00A0» (${dateEn(a)}${whoEn(a, b)}) comes before «\u00A0${b.dateText}\u00A0» (${dateEn(b)}${whoEn(b, a)})`;
	const word = r.clue.includes(' ') ? 'the words' : 'the word';
	const tense = r.pluperfect
		? ` and the pluperfect «\u00A0${r.pluperfect}\u00A0» (a past before the past)`
		: '';
	const en = markerEn(r.clue, r.marker);
	// `« Avant la décision d’AWS » (« Avant »: “before”)`: the gloss says which word it translates.
	const gloss =
		r.clue === r.marker || /^(?:Après|Avant)\s\p{Lu}/u.test(r.clue) || FOLLOWS.test(r.clue)
			? `“${en}”`
			: `«\u00A0${r.marker}\u00A0»: “${en}”`;
	return `${word} «\u00A0${r.clue}\u00A0» (${gloss})${tense}`;
}

/** An event as the explanation tells it: a clause in the passé composé when it has one. */
export function told(n: EventNode): string {
	return curly(clauseOf(n) ?? n.text);
}

/** Generated text takes the typographic apostrophe, whatever the article used: `d’applications`. */
export function curly(t: string): string {
	return t.replace(/'/gu, '’');
}

/**
 * The order itself, events told in the passé composé, without quotation marks (they are not the
 * article's words): `D’abord, Google a retiré Parler ; ensuite, Apple a retiré Parler ; enfin, …`.
 */
export function sequence(events: string[]): Localized {
	const fr = ['D’abord', 'ensuite', 'puis', 'puis', 'puis'];
	const en = ['First', 'then', 'then', 'then', 'then'];
	const last = events.length - 1;
	return {
		fr: events.map((e, i) => `${i === last && i > 1 ? 'enfin' : fr[i]}, ${lower(e)}`).join(' ; '),
		en: events.map((e, i) => `${i === last && i > 1 ? 'finally' : en[i]}: “${e}”`).join('; ')
	};
}

/** `La décision…` → `la décision…`; names stay: `Apple et Google…`. */
export function lower(t: string): string {
	return /^(?:L['’]|D['’]|(?:Le|La|Les|Un|Une|Des|De|Du|Plusieurs|Nombre|Certains|Certaines)(?!\p{Ll}))/u.test(
		t
	)
		? t.charAt(0).toLocaleLowerCase('fr') + t.slice(1)
		: t;
}
