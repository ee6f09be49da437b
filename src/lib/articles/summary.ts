import type { CleanArticle } from '$lib/pipeline/types';

/** What the catalogue shows of an article, without shipping its text. */
export interface ArticleSummary {
	id: string;
	title: string | null;
	/** The first words of the first sentence, to tell untitled articles apart. */
	excerpt: string;
	date: string | null;
	via: string | null;
	outlet: string | null;
	paragraphs: number;
	sentences: number;
	minutes: number;
}

/** French news reads at about 200 words a minute for a fluent reader. */
const WORDS_PER_MINUTE = 200;

/** Summarises an article for lists. */
export function summarize(article: CleanArticle): ArticleSummary {
	const first = article.sentences[0];
	const sentence = first ? article.text.slice(first.start, first.end) : '';
	const words = article.text.split(/\s+/u).filter(Boolean).length;
	return {
		id: article.id,
		title: article.title,
		excerpt: excerpt(sentence, 12),
		date: article.meta.date,
		via: article.meta.via,
		outlet: article.meta.outlet,
		paragraphs: article.paragraphs.length,
		sentences: article.sentences.length,
		minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE))
	};
}

/** The first `words` words of a sentence, with an ellipsis when cut. */
export function excerpt(sentence: string, words: number): string {
	const all = sentence.split(/\s+/u).filter(Boolean);
	return all.length <= words ? sentence : `${all.slice(0, words).join(' ')}…`;
}
