import type { Evidence, Localized } from '../../../questions/schema';
import { evidenceOf, questionId, trueFalseChoices, type Candidate } from '../../generate/candidate';
import { hash10, stableShuffle } from '../../generate/hash';
import { capitalize, frenchTypography, guillemets } from '../../generate/typography';
import type { CleanArticle } from '../../types';
import { nameArticle } from '../name-article';
import { clueEn, clueFr, lower, orderedByEn, ORDER_LESSON } from './explain-order';
import type { EventNode, OrderEdge, OrderGraph } from './order-graph';
import { copiesArticle, isPlan, titleGivesOrder } from './pair-filters';
import { perfect } from './passe-compose';

/** Most items an ordering question shows. */
export const MAX_ITEMS = 5;

const ORDINALS_EN = ['the first event', 'the second', 'the third', 'the fourth', 'the fifth'];

function explain(fr: string, en: string, note: Localized | null = null): Localized {
	const [nf, ne] = note ? [` ${note.fr}`, ` ${note.en}`] : ['', ''];
	return {
		fr: frenchTypography(`${fr}${nf} ${ORDER_LESSON.fr}`),
		en: `${en}${ne} ${ORDER_LESSON.en}`
	};
}

/**
 * The passages of the events: the article's, then, for an event worded as another article words
 * it (`borrowed`), that article's sentence.
 */
function evidenceFor(
	article: CleanArticle,
	nodes: EventNode[],
	byId: Map<string, CleanArticle>
): Evidence[] {
	const own = nodes
		.flatMap((n) => n.spans)
		.filter((s, i, all) => all.findIndex((o) => o.start === s.start) === i)
		.sort((a, b) => a.start - b.start)
		.map((s) => evidenceOf(article, s.start, s.end));
	const other = nodes.flatMap((n) =>
		n.borrowed ? [evidenceOf(byId.get(n.borrowed.article)!, n.borrowed.start, n.borrowed.end)] : []
	);
	return [...own, ...other];
}

/** `« Parler était l'appli… » : ainsi l'article « … » dit ce que cet article écrit « … ».` */
function borrowedNote(nodes: EventNode[], byId: Map<string, CleanArticle>): Localized | null {
	const b = nodes.filter((n) => n.borrowed);
	if (b.length === 0) return null;
	return {
		fr: b
			.map(
				(n) =>
					`${capitalize(guillemets(n.text))} : c’est ainsi que ${nameArticle(byId.get(n.borrowed!.article)!)} dit ce que cet article écrit ${guillemets(n.borrowed!.own)}.`
			)
			.join(' '),
		en: b
			.map(
				(n) =>
					`The wording “${n.text}” is another article’s, for what this one calls “${n.borrowed!.own}”.`
			)
			.join(' ')
	};
}

/**
 * `Remettez ces événements dans l'ordre`: a chain of three events or more, each ordered against
 * the next by two dates or by the article's words (`en 2018` → `Le 6 janvier 2021` → `suite à
 * l'assaut du Capitole`). The explanation names every clue. Null when clauses and noun phrases
 * mix, so items read alike (the pairs are then asked one by one).
 */
export function askOrder(
	article: CleanArticle,
	graph: OrderGraph,
	chain: number[],
	byId: Map<string, CleanArticle> = new Map()
): Candidate | null {
	if (chain.length < 3) return null;
	const ks = chain.slice(0, MAX_ITEMS);
	const nodes = ks.map((k) => graph.nodes[k]!);
	// Items read alike: `La décision d'AWS` among clauses is asked as a pair instead.
	if (nodes.some((n) => n.phrase !== nodes[0]!.phrase)) return null;
	const edges = ks
		.slice(1)
		.map((to, i) => graph.edges.find((e) => e.from === ks[i] && e.to === to)!);
	let shown = stableShuffle(
		nodes.map((n, k) => ({ k, text: n.text })),
		(x) => x.text,
		article.id
	);
	if (shown.every((s, i) => s.k === i)) shown = [...shown.slice(1), shown[0]!];
	// Ids follow the order shown, so they tell nothing of the answer.
	const idOf = new Map(shown.map((s, i) => [s.k, String.fromCharCode(97 + i)]));
	const ids = nodes.map((_, k) => idOf.get(k)!);
	const evidence = evidenceFor(article, nodes, byId);
	const fr = `Les indices : ${edges.map((e) => clueFr(e, graph.nodes)).join(' ; ')}.`;
	const en = `The clues: ${edges.map((e, i) => clueEn(e, graph.nodes, [ORDINALS_EN[i]!, ORDINALS_EN[i + 1]!.replace(/^the /u, 'the ')])).join('; ')}.`;
	return {
		question: {
			id: questionId('ordering', evidence, ids.join()),
			type: 'ordering',
			prompt: frenchTypography(
				`D’après ${nameArticle(article)}, remettez ces événements dans l’ordre où ils se sont produits, du plus ancien au plus récent.`
			),
			evidence,
			explanation: explain(capitalize(fr), en, borrowedNote(nodes, byId)),
			skill: 'order-events',
			difficulty: edges.some((e) => e.relation) ? 3 : 2,
			items: shown.map((s) => ({ id: idOf.get(s.k)!, text: s.text })),
			order: ids
		},
		score: 10,
		passage: `${article.id}:order`,
		asks: `order:${article.id}`,
		supports: nodes.flatMap((n) => (n.dateText ? [n.dateText] : [])),
		contradicts: []
	};
}

/**
 * `Vrai ou faux : Apple et Google ont banni l'application après l'assaut du Capitole.` One order
 * of two events the article gives; the statement keeps the article's order or swaps it (which,
 * decided by a stable hash, so answers are not always `Vrai`). A clause and a phrase read `X
 * avant|après Y`; two clauses read `X, puis Y`. Null for a plan (`prévoit de…`) or a pair the
 * article's title orders; a true statement copying the article is swapped to a false one.
 */
export function askPair(
	article: CleanArticle,
	graph: OrderGraph,
	edge: OrderEdge,
	byId: Map<string, CleanArticle> = new Map()
): Candidate | null {
	const early = graph.nodes[edge.from]!;
	const late = graph.nodes[edge.to]!;
	if (isPlan(early) || isPlan(late) || titleGivesOrder(article, early, late)) return null;
	let truth = parseInt(hash10(`${early.text}|${late.text}`).slice(0, 2), 16) % 2 === 0;
	// A true statement the article holds word for word is swapped, so it must be understood.
	const copied = copiesArticle(article, pairStatement(early, late, true));
	if (truth && copied) truth = false;
	const statement = pairStatement(early, late, truth);
	const evidence = evidenceFor(article, [early, late], byId);
	const verdictFr = truth
		? 'L’affirmation respecte cet ordre : elle est vraie.'
		: 'L’affirmation inverse cet ordre : elle est fausse.';
	const verdictEn = truth
		? 'the statement keeps that order, so it is true.'
		: 'the statement reverses that order, so it is false.';
	return {
		question: {
			id: questionId('true-false', evidence, `${statement}:${truth}`),
			type: 'true-false',
			prompt: frenchTypography(
				`D’après ${nameArticle(article)}, cette affirmation est-elle vraie ou fausse ?`
			),
			statement: frenchTypography(statement),
			evidence,
			explanation: explain(
				`${capitalize(clueFr(edge, graph.nodes))}. ${verdictFr}`,
				`${capitalize(orderedByEn(edge, graph.nodes))} tell${edge.relation && !edge.relation.marker.includes(' ') && !edge.relation.pluperfect ? 's' : ''} which event came first: ${verdictEn}`,
				borrowedNote([early, late], byId)
			),
			skill: 'order-events',
			difficulty: 2,
			choices: trueFalseChoices(truth)
		},
		score: (edge.relation ? 7 : 6) - (copied ? 1 : 0),
		passage: `${article.id}:${early.spans[0]!.start}`,
		asks: `pair:${article.id}:${early.text}:${late.text}`,
		supports: [edge.relation?.marker ?? early.dateText!],
		contradicts: []
	};
}

/** The statement of a pair: true keeps the order, false swaps it. */
function pairStatement(early: EventNode, late: EventNode, truth: boolean): string {
	const [first, second] = truth ? [early, late] : [late, early];
	if (early.phrase !== late.phrase) {
		const clause = early.phrase ? late : early;
		const phrase = early.phrase ? early : late;
		const before = clause === first;
		return `${clause.text} ${before ? 'avant' : 'après'} ${lower(phrase.text)}.`;
	}
	return `${perfect(first.text)}, puis ${lower(perfect(second.text))}.`;
}
