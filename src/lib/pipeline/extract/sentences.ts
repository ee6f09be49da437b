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

/** Each article's sentences, read once: every stage and family asks for them. */
const read = new WeakMap<CleanArticle, SentenceText[]>();

/**
 * The article's sentences with their text, the same array (and objects) for every caller: it is
 * shared, so it is never changed (callers `filter` it). Keyed by the article object, so that a
 * new article, even one with the same text, is read anew.
 */
export function sentencesOf(article: CleanArticle): SentenceText[] {
	let sentences = read.get(article);
	if (!sentences) {
		sentences = readSentences(article);
		read.set(article, sentences);
	}
	return sentences;
}

function readSentences(article: CleanArticle): SentenceText[] {
	return article.sentences.map((s, index) => ({
		article: article.id,
		index,
		start: s.start,
		end: s.end,
		text: article.text.slice(s.start, s.end),
		heading: article.paragraphs[s.paragraph]?.kind === 'heading'
	}));
}
