import type { CleanArticle } from '../types';

/** A sentence of an article with its text, for extractors that read sentence by sentence. */
export interface SentenceText {
	article: string;
	index: number;
	start: number;
	end: number;
	text: string;
	/** True for sub-headings: they are not statements and make poor evidence. */
	heading: boolean;
}

/** The article's sentences with their text. */
export function sentencesOf(article: CleanArticle): SentenceText[] {
	return article.sentences.map((s, index) => ({
		article: article.id,
		index,
		start: s.start,
		end: s.end,
		text: article.text.slice(s.start, s.end),
		heading: article.paragraphs[s.paragraph]?.kind === 'heading'
	}));
}
