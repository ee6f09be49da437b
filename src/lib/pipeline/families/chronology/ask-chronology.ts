import type { Evidence, Localized } from '../../../questions/schema';
import { evidenceOf, letteredChoices, questionId, type Candidate } from '../../generate/candidate';
import { stableShuffle } from '../../generate/hash';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { CleanArticle } from '../../types';
import { nameArticle } from '../name-article';
import type { DatedEvent } from './dated-events';
import type { OrderRelation } from './order-relations';

/** The skill, in one sentence a teenager understands. */
export const ORDER_LESSON: Localized = {
	fr: 'Un article ne raconte pas toujours les faits dans l’ordre : les dates et les mots comme « avant », « après », « le lendemain » permettent de les remettre dans l’ordre.',
	en: 'An article does not always tell events in order: dates and words like “before”, “after”, “the next day” let you put them back in order.'
};

/** Most items an ordering question shows. */
const MAX_ITEMS = 5;

function explain(fr: string, en: string): Localized {
	return { fr: frenchTypography(`${fr} ${ORDER_LESSON.fr}`), en: `${en} ${ORDER_LESSON.en}` };
}

/**
 * `Remettez ces événements dans l'ordre où ils se sont produits`: events one article dates, on
 * distinct days or years that compare (a year and a day of that same year do not), with an
 * event the text places right after the last one (`suite à l'assaut du Capitole, Apple et Google
 * ont…`). Needs three events.
 */
export function askOrder(
	article: CleanArticle,
	events: DatedEvent[],
	relations: OrderRelation[]
): Candidate | null {
	const byWhen = new Map<string, DatedEvent>();
	for (const e of events) if (!byWhen.has(e.when)) byWhen.set(e.when, e);
	let dated = [...byWhen.values()].sort((a, b) => a.when.localeCompare(b.when));
	dated = dated.filter(
		(e) => !dated.some((o) => o !== e && (o.when.startsWith(e.when) || e.when.startsWith(o.when)))
	);
	const items: { text: string; spans: { start: number; end: number }[]; how: string }[] = dated.map(
		(e) => ({
			text: e.text,
			spans: [{ start: e.start, end: e.end }],
			how: e.dateText
		})
	);
	const last = dated.at(-1);
	const next = last && relations.find((r) => sameEvent(r.earlier, last.text));
	if (next) items.push({ text: next.later, spans: next.spans, how: next.marker });
	if (items.length < 3) return null;
	const chosen = items.slice(-MAX_ITEMS);
	let shown = stableShuffle(
		chosen.map((c, k) => ({ k, text: c.text })),
		(x) => x.text,
		article.id
	);
	if (shown.every((s, i) => s.k === i)) shown = [...shown.slice(1), shown[0]!];
	// Ids follow the order shown, so they tell nothing of the answer.
	const idOf = new Map(shown.map((s, i) => [s.k, String.fromCharCode(97 + i)]));
	const ids = chosen.map((_, k) => idOf.get(k)!);
	const evidence: Evidence[] = chosen
		.flatMap((c) => c.spans)
		.filter((s, i, all) => all.findIndex((o) => o.start === s.start) === i)
		.sort((a, b) => a.start - b.start)
		.map((s) => evidenceOf(article, s.start, s.end));
	const steps = chosen.map((c) => `${guillemets(c.how)} : ${c.text}`).join(' ; ');
	return {
		question: {
			id: questionId('ordering', evidence, ids.join()),
			type: 'ordering',
			prompt: frenchTypography(
				`D’après ${nameArticle(article)}, remettez ces événements dans l’ordre où ils se sont produits, du plus ancien au plus récent.`
			),
			evidence,
			explanation: explain(
				`L’article les date ainsi : ${steps}.`,
				`The article dates them: ${chosen.map((c) => `“${c.how}”`).join(', ')}, in that order.`
			),
			skill: 'order-events',
			difficulty: 2,
			items: shown.map((s) => ({ id: idOf.get(s.k)!, text: s.text })),
			order: ids
		},
		score: 10,
		passage: `${article.id}:order`,
		asks: `order:${article.id}`,
		supports: chosen.map((c) => c.how),
		contradicts: []
	};
}

/** `Qu'est-ce qui s'est passé en premier ?` from an order the text states in words. */
export function askFirst(article: CleanArticle, r: OrderRelation): Candidate {
	const evidence = r.spans.map((s) => evidenceOf(article, s.start, s.end));
	const choices = letteredChoices(
		[r.earlier],
		[r.later, 'L’article ne permet pas de le savoir'],
		r.marker + r.earlier
	);
	return {
		question: {
			id: questionId('single', evidence, r.earlier),
			type: 'single',
			prompt: frenchTypography(
				`D’après ${nameArticle(article)}, qu’est-ce qui s’est passé en premier ?`
			),
			evidence,
			explanation: explain(
				`Les mots ${guillemets(lower(r.marker))} placent ${guillemets(lower(r.later))} après ${guillemets(lower(r.earlier))}.`,
				`The words “${r.marker}” put the second event after the first.`
			),
			skill: 'order-events',
			difficulty: 1,
			choices
		},
		score: 6,
		passage: `${article.id}:${r.spans.at(-1)!.start}`,
		asks: `first:${article.id}:${r.earlier}`,
		supports: [r.marker],
		contradicts: []
	};
}

/** `Qu'est-ce qui s'est passé en premier ?` between two events the article dates. */
export function askFirstDated(article: CleanArticle, a: DatedEvent, b: DatedEvent): Candidate {
	const [early, late] = a.when < b.when ? [a, b] : [b, a];
	const evidence = [early, late]
		.sort((x, y) => x.start - y.start)
		.map((e) => evidenceOf(article, e.start, e.end));
	const choices = letteredChoices(
		[early.text],
		[late.text, 'L’article ne permet pas de le savoir'],
		early.when + late.when
	);
	return {
		question: {
			id: questionId('single', evidence, early.text),
			type: 'single',
			prompt: frenchTypography(
				`D’après ${nameArticle(article)}, qu’est-ce qui s’est passé en premier ?`
			),
			evidence,
			explanation: explain(
				`Le premier événement est daté ${guillemets(early.dateText)}, le second ${guillemets(late.dateText)}.`,
				`The first event is dated “${early.dateText}”, the second “${late.dateText}”.`
			),
			skill: 'order-events',
			difficulty: 1,
			choices
		},
		score: 7,
		passage: `${article.id}:${early.start}`,
		asks: `first-dated:${article.id}:${early.when}:${late.when}`,
		supports: [early.dateText, late.dateText],
		contradicts: []
	};
}

/** Whether a phrase names the event of a dated sentence: a name and a longer word in common. */
function sameEvent(phrase: string, sentence: string): boolean {
	const words = (t: string) => new Set(t.toLocaleLowerCase('fr').match(/\p{L}{6,}/gu) ?? []);
	const names = (t: string) => new Set(t.match(/(?<![\p{L}])\p{Lu}\p{L}{2,}/gu) ?? []);
	const w = words(sentence);
	const n = names(sentence);
	return (
		[...words(phrase)].some((x) => w.has(x) || w.has(`${x}s`)) &&
		[...names(phrase)].some((x) => n.has(x))
	);
}

/** `La décision…` → `la décision…`; names stay: `Apple et Google…`. */
function lower(t: string): string {
	return /^(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|D['’]|Précédemment|Avant|Après|Suite|Peu|Par|Auparavant|Ensuite)(?!\p{Ll})/u.test(
		t
	)
		? t.charAt(0).toLocaleLowerCase('fr') + t.slice(1)
		: t;
}
