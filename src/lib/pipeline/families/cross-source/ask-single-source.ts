import type { Facts } from '../../facts/extract-facts';
import type { Story } from '../../align/group-stories';
import { evidenceOf, letteredChoices, questionId, type Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { CleanArticle, Span } from '../../types';
import { articleChoice, countWord, nameArticle } from '../name-article';
import { explain, LESSONS } from './lessons';
import { sharedFigures, type FigurePlace } from './shared-figures';

/** Words that say who gives an information: `selon`, `a déclaré`, `d'après`, a quotation. */
const ATTRIBUTION =
	/(?<!\p{L})(?:selon|d['’]après|(?:a|ont|avait)\s(?:déclaré|indiqué|annoncé|affirmé|précisé|expliqué|estimé|assuré|confirmé|souligné|rapporté|dit)|déclare|affirme|indique|annonce|rapporte|précise)(?!\p{L})|[«"“]/u;

/** Most articles offered as choices. */
const MAX_CHOICES = 5;

/**
 * A figure only one article of the story gives, with what it counts (`la mort de 5 personnes`):
 * which article is it? The explanation adds whether that article says who gives the figure (a
 * sentence without `selon`, `a déclaré` or quotation marks, after a sentence without them
 * either, does not), since a lone and unattributed figure is the one to check first.
 */
export function askSingleSource(story: Story, facts: Facts): Candidate[] {
	const n = story.articles.length;
	if (n < 3) return [];
	const byId = new Map(story.articles.map((a) => [a.id, a]));
	const out: Candidate[] = [];
	for (const f of sharedFigures(story, facts)) {
		if (f.year || f.places.size !== 1) continue;
		const [articleId, places] = [...f.places][0]! as [string, FigurePlace[]];
		const place = places[0]!;
		// A bare number (`une erreur 403`) says nothing a learner could look for in the others.
		if (places.length !== 1 || !place.unit) continue;
		out.push(whichAlone(place, byId.get(articleId)!, story, f.token));
	}
	return out;
}

function whichAlone(
	place: FigurePlace,
	article: CleanArticle,
	story: Story,
	token: string
): Candidate {
	const n = story.articles.length;
	const evidence = [evidenceOf(article, place.start, place.end)];
	const others = story.articles.filter((a) => a !== article).slice(0, MAX_CHOICES - 1);
	const choices = letteredChoices([articleChoice(article)], others.map(articleChoice), token);
	const said = attributed(article, place);
	const whoFr =
		said === true
			? ' Il dit d’où vient ce chiffre.'
			: said === false
				? ' Il ne dit pas qui avance ce chiffre : ni « selon », ni citation.'
				: '';
	const whoEn =
		said === true
			? ' It says where the figure comes from.'
			: said === false
				? ' It does not say who puts the figure forward: no “according to”, no quotation.'
				: '';
	const label = guillemets(place.label);
	return {
		question: {
			id: questionId('single', evidence, `alone:${token}`),
			type: 'single',
			prompt: frenchTypography(
				`Un seul des ${countWord(n)} articles sur cette affaire écrit ${label}. Lequel ?`
			),
			evidence,
			explanation: explain(
				{
					fr: `Seul ${nameArticle(article)} écrit ${label} ; les ${countWord(n - 1)} autres ne donnent pas ce chiffre.${whoFr}`,
					en: `Only one of the ${n} articles gives this figure; the other ${n - 1} do not.${whoEn}`
				},
				LESSONS.isolated
			),
			skill: 'cross-check',
			difficulty: 2,
			choices
		},
		score: 7,
		passage: `${article.id}:${place.start}`,
		asks: `alone:${token}`,
		supports: [place.label],
		contradicts: []
	};
}

/**
 * True when the sentence says who gives its information, false when neither it nor the sentence
 * before does, null when only the sentence before does (the attribution may carry over).
 */
function attributed(article: CleanArticle, span: Span): boolean | null {
	if (ATTRIBUTION.test(article.text.slice(span.start, span.end))) return true;
	const k = article.sentences.findIndex((s) => s.start === span.start);
	const prev = article.sentences[k - 1];
	if (
		prev &&
		article.sentences[k]!.paragraph === prev.paragraph &&
		ATTRIBUTION.test(article.text.slice(prev.start, prev.end))
	)
		return null;
	return false;
}
