import type { Evidence } from '../../../questions/schema';
import type { Facts } from '../../facts/extract-facts';
import type { Story } from '../../align/group-stories';
import {
	evidenceOf,
	letteredChoices,
	questionId,
	TRUE_FALSE_PROMPT,
	trueFalseChoices,
	type Candidate
} from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { CleanArticle, Span } from '../../types';
import { countWord, nameArticle } from '../name-article';
import { explain, LESSONS } from './lessons';
import { sharedFigures, type Figure } from './shared-figures';

/** Words that say who gives an information: `selon`, `a déclaré`, `d'après`, a quotation. */
const ATTRIBUTION =
	/(?<!\p{L})(?:selon|d['’]après|(?:a|ont|avait)\s(?:déclaré|indiqué|annoncé|affirmé|précisé|expliqué|estimé|assuré|confirmé|souligné|rapporté|dit)|déclare|affirme|indique|annonce|rapporte|précise)(?!\p{L})|[«"“]/u;

/**
 * A figure only one article of the story gives (`ayant entraîné la mort de 5 personnes au
 * total`), against figures several give: which one stands alone? Then whether that article says
 * who gives it: a sentence without `selon`, `a déclaré` or quotation marks, in a passage whose
 * previous sentence has none either, does not.
 */
export function askSingleSource(story: Story, facts: Facts): Candidate[] {
	const n = story.articles.length;
	if (n < 3) return [];
	const figures = sharedFigures(story, facts);
	const shared = figures
		.filter((f) => f.places.size >= 2)
		.sort((a, b) => b.places.size - a.places.size);
	const alone = figures.filter(
		(f) => f.places.size === 1 && !f.year && [...f.places.values()][0]!.length === 1
	);
	if (shared.length < 2) return [];
	const byId = new Map(story.articles.map((a) => [a.id, a]));
	const out: Candidate[] = [];
	for (const f of alone) {
		const [articleId, [span]] = [...f.places][0]! as [string, Span[]];
		const article = byId.get(articleId)!;
		out.push(whichAlone(f, article, span!, shared.slice(0, 2), story));
		const said = attributed(article, span!);
		if (said !== null) out.push(isAttributed(f, article, span!, said));
	}
	return out;
}

function whichAlone(
	f: Figure,
	article: CleanArticle,
	span: Span,
	others: Figure[],
	story: Story
): Candidate {
	const n = story.articles.length;
	const evidence: Evidence[] = [evidenceOf(article, span.start, span.end)];
	for (const o of others)
		for (const a of story.articles)
			for (const s of o.places.get(a.id) ?? []) evidence.push(evidenceOf(a, s.start, s.end));
	const label = (x: Figure) => (x.year ? `l’année ${x.token}` : x.label);
	const choices = letteredChoices([label(f)], others.map(label), f.token);
	const whyFr = `Seul ${nameArticle(article)} donne ${guillemets(f.label)} ; ${others
		.map((o) => `${label(o)} se lit dans ${countWord(o.places.size)} articles`)
		.join(', ')}.`;
	const whyEn = `Only one article gives “${f.label}”; ${others.map((o) => `${o.token} is in ${o.places.size} articles`).join(', ')}.`;
	return {
		question: {
			id: questionId('single', evidence, `alone:${f.token}`),
			type: 'single',
			prompt: frenchTypography(
				`Parmi ces données, laquelle ne se trouve que dans un seul des ${countWord(n)} articles sur cette affaire ?`
			),
			evidence,
			explanation: explain({ fr: whyFr, en: whyEn }, LESSONS.isolated),
			skill: 'cross-check',
			difficulty: 2,
			choices
		},
		score: 7,
		passage: `${article.id}:${span.start}`,
		asks: `alone:${f.token}`,
		supports: [f.token],
		contradicts: []
	};
}

function isAttributed(f: Figure, article: CleanArticle, span: Span, said: boolean): Candidate {
	const evidence = [evidenceOf(article, span.start, span.end)];
	const statement = frenchTypography(
		`Dans ${nameArticle(article)}, le passage qui donne ${guillemets(f.label)} dit qui avance ce chiffre.`
	);
	const whyFr = said
		? `Le passage dit d’où vient le chiffre ${guillemets(f.label)}.`
		: `Le passage donne ${guillemets(f.label)} sans dire qui avance ce chiffre : ni « selon », ni citation.`;
	const whyEn = said
		? `The passage says where the figure “${f.label}” comes from.`
		: `The passage gives “${f.label}” without saying who puts it forward: no “according to”, no quotation.`;
	return {
		question: {
			id: questionId('true-false', evidence, `attributed:${f.token}:${said}`),
			type: 'true-false',
			prompt: TRUE_FALSE_PROMPT,
			statement,
			evidence,
			explanation: explain({ fr: whyFr, en: whyEn }, LESSONS.isolated),
			skill: 'cross-check',
			difficulty: 2,
			choices: trueFalseChoices(said)
		},
		score: 6,
		passage: `${article.id}:${span.start}`,
		asks: `attributed:${f.token}`,
		supports: [f.token],
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
