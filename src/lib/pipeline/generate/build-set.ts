import type { QuestionSet } from '../../questions/schema';
import type { CleanArticle } from '../types';
import type { Candidate } from './candidate';
import { frenchTypography, guillemets } from './typography';
import { wordCount } from '../word-count';

/**
 * CEFR level estimated from sentence length, the one signal of difficulty a text always gives:
 * under 20 words a sentence on average reads at B1, under 28 at B2, beyond at C1.
 */
export function estimateLevel(article: CleanArticle): QuestionSet['level'] {
	const words = article.sentences.map((s) => wordCount(article.text.slice(s.start, s.end)));
	const mean = words.reduce((a, b) => a + b, 0) / Math.max(1, words.length);
	return mean < 20 ? 'B1' : mean < 28 ? 'B2' : 'C1';
}

/** What a set is called when its article has no headline: its first words. */
export function articleLabel(article: CleanArticle): string {
	if (article.title) return article.title;
	const first = article.sentences[0];
	const words = first ? article.text.slice(first.start, first.end).split(/\s+/u) : [];
	return words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : words.join(' ');
}

/** The comprehension set of one article. */
export function buildComprehensionSet(article: CleanArticle, picked: Candidate[]): QuestionSet {
	const label = articleLabel(article);
	return {
		id: `comprehension-${article.id}`,
		kind: 'comprehension',
		title: {
			fr: frenchTypography(
				`Compréhension : ${article.title ? guillemets(label) : guillemets(label)}`
			),
			en: `Comprehension: “${label}”`
		},
		description: {
			fr: frenchTypography(
				`Lire un article de près : les nombres, les dates, qui fait quoi, ce que le texte affirme. Chaque réponse renvoie au passage de l’article qui la justifie.`
			),
			en: 'Read one article closely: numbers, dates, who does what, what the text states. Every answer points to the passage of the article that proves it.'
		},
		articles: [article.id],
		skill: 'comprehension',
		level: estimateLevel(article),
		questions: picked.map((c) => c.question)
	};
}
