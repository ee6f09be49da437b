import type { Choice, Localized } from '../../../questions/schema';
import { evidenceOf, questionId, type Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { CleanArticle } from '../../types';
import { nameArticleWithout } from '../name-article';
import { actorsOf } from './actors';
import { clauseOf } from './clause-of';
import { dayGap } from './day-gap';
import { curly, dateEn, lower } from './explain-order';
import type { EventNode, OrderGraph } from './order-graph';

/** Numbers of days as a choice reads them. */
const DAYS_FR = [
	'Aucun : le même jour',
	'Un jour',
	'Deux jours',
	'Trois jours',
	'Quatre jours',
	'Cinq jours',
	'Six jours',
	'Sept jours'
];

/** What a question on two days teaches, in one sentence a teenager understands. */
const GAP_LESSON: Localized = {
	fr: 'Un article raconte souvent à des endroits éloignés des faits du même jour ou de jours proches : ce sont les dates du texte, pas l’ordre du récit, qui disent combien de temps les sépare.',
	en: 'An article often tells, far apart, things that happened on the same day or on days close together: the dates in the text, not the order of telling, say how much time lies between them.'
};

/** The choices: four numbers of days in a row around the answer, from none when it is small. */
function dayChoices(gap: number): Choice[] {
	const first = gap <= 3 ? 0 : gap - 2;
	const label = (n: number) => DAYS_FR[n]!;
	return [0, 1, 2, 3].map((i) => ({
		id: String.fromCharCode(97 + i),
		text: frenchTypography(label(first + i)),
		correct: first + i === gap
	}));
}

/**
 * `D’après l’article « … », Twitter a fermé le compte de Donald Trump et Google a retiré Parler de
 * sa plateforme de téléchargement d’applications. Combien de jours séparent ces deux événements ?`
 * Two events of `gapPairs`, in the order the article tells them (so nothing hints at which came
 * first; a headline's order words tell no number of days, so the article goes by its headline), each a clause in the passé composé; the choices are numbers of days in a row (`Aucun :
 * le même jour`, `Un jour`…). The explanation quotes the two days (`« vendredi » (Twitter) et «
 * vendredi » (Google)`). Null when a side has no clause reading or the days do not compare.
 */
export function askDayGap(
	article: CleanArticle,
	graph: OrderGraph,
	x: number,
	y: number,
	named: string[] = []
): Candidate | null {
	const [a, b] = [graph.nodes[x]!, graph.nodes[y]!].sort(
		(p, q) => p.spans[0]!.start - q.spans[0]!.start
	) as [EventNode, EventNode];
	const gap = dayGap(a.when ?? '', b.when ?? '');
	const [ta, tb] = [clauseOf(a), clauseOf(b)];
	if (gap === null || !ta || !tb || !a.dateText || !b.dateText) return null;
	const evidence = [...a.spans, ...b.spans]
		.filter((s, i, all) => all.findIndex((o) => o.start === s.start) === i)
		.sort((p, q) => p.start - q.start)
		.map((s) => evidenceOf(article, s.start, s.end));
	const who = (p: EventNode) => actorsOf(p).join(' et ');
	const whoEn = (p: EventNode) => actorsOf(p).join(' and ');
	const apart = {
		fr:
			gap === 0
				? 'Les deux événements ont eu lieu le même jour'
				: `${DAYS_FR[gap]!} ${gap === 1 ? 'sépare' : 'séparent'} les deux événements`,
		en:
			gap === 0
				? 'Both events happened on the same day'
				: `${gap} day${gap === 1 ? '' : 's'} lie between the two events`
	};
	const choices = dayChoices(gap);
	return {
		question: {
			id: questionId('single', evidence, String(gap)),
			type: 'single',
			prompt: frenchTypography(
				`D’après ${nameArticleWithout(article, named)}, ${curly(ta)} et ${lower(curly(tb))}. Combien de jours séparent ces deux événements ?`
			),
			evidence,
			explanation: {
				fr: frenchTypography(
					`Les indices : ${guillemets(a.dateText)} (${who(a)}) et ${guillemets(b.dateText)} (${who(b)}). ${apart.fr}. ${GAP_LESSON.fr}`
				),
				en: `The clues: “${a.dateText}” (${dateEn(a)}, ${whoEn(a)}) and “${b.dateText}” (${dateEn(b)}, ${whoEn(b)}). ${apart.en}. ${GAP_LESSON.en}`
			},
			skill: 'order-events',
			difficulty: 3,
			choices
		},
		// Below a pair's order: the same two days read for their order come first.
		score: 5,
		passage: `${article.id}:gap`,
		asks: `gap:${article.id}:${a.text}:${b.text}`,
		supports: [a.dateText, b.dateText],
		contradicts: []
	};
}
