import type { Evidence, Localized } from '../../../questions/schema';
import { evidenceOf, questionId, trueFalseChoices, type Candidate } from '../../generate/candidate';
import { hash10, stableShuffle } from '../../generate/hash';
import { frenchTypography } from '../../generate/typography';
import type { CleanArticle } from '../../types';
import { nameArticleWithout } from '../name-article';
import { clauseOf } from './clause-of';
import { clueEn, clueFr, curly, lower, ORDER_LESSON, sequence, told } from './explain-order';
import type { EventNode, OrderEdge, OrderGraph } from './order-graph';
import { copiesArticle, isPlan, titleGivesOrder } from './pair-filters';
import { perfect } from './passe-compose';

/** Most items an ordering question shows. */
export const MAX_ITEMS = 5;

function explain(fr: string, en: string): Localized {
	return {
		fr: frenchTypography(`${fr} ${ORDER_LESSON.fr}`),
		en: `${en} ${ORDER_LESSON.en}`
	};
}

/**
 * The article's passages for some events and the orders between them, in reading order: where
 * each event is told, and the sentences each order's words stand in.
 */
function evidenceFor(article: CleanArticle, nodes: EventNode[], clues: OrderEdge[]): Evidence[] {
	return [...nodes.flatMap((n) => n.spans), ...clues.flatMap((e) => e.relation?.spans ?? [])]
		.filter((s, i, all) => all.findIndex((o) => o.start === s.start) === i)
		.sort((a, b) => a.start - b.start)
		.map((s) => evidenceOf(article, s.start, s.end));
}

/** Every clue between two events next to each other in a chain: a date, words, both. */
function cluesBetween(graph: OrderGraph, from: number, to: number): OrderEdge[] {
	return graph.edges.filter((e) => e.from === from && e.to === to);
}

/**
 * `Remettez ces événements dans l'ordre`: a chain of three events or more, each ordered against
 * the next by two dates or by the article's words (`vendredi` → `samedi` → `Après Google et
 * Apple`). Items are clauses in the passé composé (`La décision d’AWS de supprimer Parler` reads
 * `AWS a décidé de supprimer Parler`), so no tense hints at the order; null when one has no such
 * reading. The explanation quotes every clue and gives the order.
 */
export function askOrder(
	article: CleanArticle,
	graph: OrderGraph,
	chain: number[],
	named: string[] = []
): Candidate | null {
	if (chain.length < 3) return null;
	const ks = chain.slice(0, MAX_ITEMS);
	const nodes = ks.map((k) => graph.nodes[k]!);
	const texts = nodes.map((n) => clauseOf(n));
	if (texts.some((t) => t === null)) return null;
	let shown = stableShuffle(
		texts.map((text, k) => ({ k, text: curly(text!) })),
		(x) => x.text,
		article.id
	);
	if (shown.every((s, i) => s.k === i)) shown = [...shown.slice(1), shown[0]!];
	// Ids follow the order shown, so they tell nothing of the answer.
	const idOf = new Map(shown.map((s, i) => [s.k, String.fromCharCode(97 + i)]));
	const ids = nodes.map((_, k) => idOf.get(k)!);
	const edges = ks.slice(1).flatMap((to, i) => cluesBetween(graph, ks[i]!, to));
	const evidence = evidenceFor(article, nodes, edges);
	const order = sequence(texts.map((t) => curly(t!)));
	return {
		question: {
			id: questionId('ordering', evidence, ids.join()),
			type: 'ordering',
			prompt: frenchTypography(
				`D’après ${nameArticleWithout(article, named.length > 0 ? named : (texts as string[]))}, remettez ces événements dans l’ordre où ils se sont produits, du plus ancien au plus récent.`
			),
			evidence,
			explanation: explain(
				`Les indices : ${edges.map((e) => clueFr(e, graph.nodes)).join(' ; ')}. ${order.fr}.`,
				`The clues: ${edges.map((e) => clueEn(e, graph.nodes)).join('; ')}. ${order.en}.`
			),
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

/** `l'appli`, `la plateforme` with no name after it: it reads only after the name it stands for. */
const BARE_DESCRIPTION =
	/(?<!\p{L})(?:l['’]appli(?:cation)?|la\splate-?forme|le\sréseau(?:\ssocial)?|le\ssite)(?!\s*\p{Lu})(?![\p{L}-])/u;

/**
 * `Vrai ou faux : Google et Apple ont retiré Parler avant la décision d’AWS de supprimer Parler.`
 * The order of two events the article gives, through `path` (two events next to each other, or
 * three when the order takes two clues: `vendredi` before `samedi`, then `Après Google et
 * Apple`); the statement keeps it or swaps it (which, decided by a stable hash, so answers are
 * not always `Vrai`). A clause and a noun phrase read `X avant|après Y`; two clauses read `X, puis
 * Y`, both in the passé composé. Null for a plan or a pair the article's title orders; a true
 * statement copying the article is swapped to a false one, and so is one that would name
 * `l'appli` before the name it stands for. `want` asks for a true or false statement where
 * neither rule decides, so a set can balance its answers.
 */
export function askPair(
	article: CleanArticle,
	graph: OrderGraph,
	path: number[],
	want?: boolean,
	named: string[] = []
): Candidate | null {
	const early = graph.nodes[path[0]!]!;
	const late = graph.nodes[path.at(-1)!]!;
	if (isPlan(early) || isPlan(late) || titleGivesOrder(article, early, late)) return null;
	let truth = want ?? parseInt(hash10(`${early.text}|${late.text}`).slice(0, 2), 16) % 2 === 0;
	const copied = copiesArticle(article, pairStatement(early, late, true));
	const unclear = (t: boolean) =>
		BARE_DESCRIPTION.test(pairStatement(early, late, t).split(',')[0]!);
	// A true statement the article holds word for word is swapped, so it must be understood.
	if (truth && (copied || unclear(true)) && !unclear(false)) truth = false;
	else if (!truth && unclear(false) && !unclear(true)) truth = true;
	const statement = pairStatement(early, late, truth);
	const clues = path.slice(1).flatMap((to, i) => cluesBetween(graph, path[i]!, to));
	const evidence = evidenceFor(
		article,
		path.map((k) => graph.nodes[k]!),
		clues
	);
	const order = sequence([told(early), told(late)]);
	const verdict = truth
		? {
				fr: 'L’affirmation respecte cet ordre : elle est vraie.',
				en: 'The statement keeps that order, so it is true.'
			}
		: {
				fr: 'L’affirmation inverse cet ordre : elle est fausse.',
				en: 'The statement reverses that order, so it is false.'
			};
	return {
		question: {
			id: questionId('true-false', evidence, `${statement}:${truth}`),
			type: 'true-false',
			prompt: frenchTypography(
				`D’après ${nameArticleWithout(article, named.length > 0 ? named : [statement])}, cette affirmation est-elle vraie ou fausse ?`
			),
			statement: frenchTypography(curly(statement)),
			evidence,
			explanation: explain(
				`${clues.length > 1 ? 'Les indices' : 'L’indice'} : ${clues.map((e) => clueFr(e, graph.nodes)).join(' ; ')}. ${order.fr}. ${verdict.fr}`,
				`${clues.length > 1 ? 'The clues' : 'The clue'}: ${clues.map((e) => clueEn(e, graph.nodes)).join('; ')}. ${order.en}. ${verdict.en}`
			),
			skill: 'order-events',
			difficulty: path.length > 2 ? 3 : 2,
			choices: trueFalseChoices(truth)
		},
		// Two events next to each other first; words before dates; a copy last.
		score: (clues.some((e) => e.relation) ? 7 : 6) - (path.length > 2 ? 2 : 0) - (copied ? 1 : 0),
		passage: `${article.id}:${early.spans[0]!.start}`,
		asks: `pair:${article.id}:${early.text}:${late.text}`,
		supports: [clues[0]!.relation?.clue ?? early.dateText!],
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
		return `${perfect(clause.text)} ${before ? 'avant' : 'après'} ${lower(phrase.text)}.`;
	}
	return `${perfect(first.text)}, puis ${lower(perfect(second.text))}.`;
}
