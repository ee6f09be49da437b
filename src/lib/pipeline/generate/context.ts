import type { ArticleFacts, Facts } from '../facts/extract-facts';
import type { CleanArticle } from '../types';
import { sentencesOf, type SentenceText } from '../extract/sentences';
import type { Candidate } from './candidate';

/** What a question generator reads: one article, its sentences, and the corpus's facts. */
export interface GenerateContext {
	article: CleanArticle;
	sentences: SentenceText[];
	/** This article's facts. */
	mine: ArticleFacts;
	/** The corpus's entities and how they relate. */
	facts: Facts;
}

/** A question generator: reads the context, returns candidate questions. */
export type Generator = (ctx: GenerateContext) => Candidate[];

/** Builds the context for one article. */
export function contextFor(article: CleanArticle, facts: Facts): GenerateContext {
	return {
		article,
		sentences: sentencesOf(article),
		mine: facts.byArticle.get(article.id)!,
		facts
	};
}
