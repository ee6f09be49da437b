import { summarize } from '$lib/articles/summary';
import type { QuestionSet } from '$lib/questions/schema';
import { labelArticle, type ArticleLabel } from '$lib/sets/summary';
import { findArticle } from './articles';

/**
 * The labels of every article a set names or quotes as evidence, by id: what the player needs
 * to caption passages, without shipping the articles' text.
 */
export function setArticles(set: QuestionSet): Record<string, ArticleLabel> {
	const ids = new Set([
		...set.articles,
		...set.questions.flatMap((q) => q.evidence.map((e) => e.article))
	]);
	const labels: Record<string, ArticleLabel> = {};
	for (const id of ids) {
		const article = findArticle(id);
		if (article) labels[id] = labelArticle(summarize(article));
	}
	return labels;
}
