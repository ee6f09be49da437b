import { labelArticle, type ArticleLabel } from '$lib/sets/summary';
import { summarize } from '$lib/articles/summary';
import type { CleanArticle } from '$lib/pipeline/types';

/** What an answer key needs of an article: its label, and where its paragraphs start. */
export interface ArticleRef extends ArticleLabel {
	/** Start offset of each paragraph in the cleaned text, in order. */
	paragraphs: number[];
}

/** The reference of an article for printed answer keys. */
export function articleRef(article: CleanArticle): ArticleRef {
	return {
		...labelArticle(summarize(article)),
		paragraphs: article.paragraphs.map((p) => p.start)
	};
}

/**
 * The 1-based number of the paragraph holding `offset`, as a reader counts them on the article
 * page; null when the article has no paragraphs.
 */
export function paragraphNumber(
	ref: Pick<ArticleRef, 'paragraphs'>,
	offset: number
): number | null {
	let n = 0;
	for (const start of ref.paragraphs) if (start <= offset) n++;
	return ref.paragraphs.length === 0 ? null : Math.max(n, 1);
}
