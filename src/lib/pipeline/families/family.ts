import type { QuestionSet } from '../../questions/schema';
import type { Facts } from '../facts/extract-facts';
import type { CleanArticle } from '../types';

/** What a media-literacy family reads: the whole corpus, since its questions cross articles. */
export interface FamilyInput {
	articles: CleanArticle[];
	byId: Map<string, CleanArticle>;
	facts: Facts;
}

/** What a family gives back: its sets (maybe none) and its section of `questions/REPORT.md`. */
export interface FamilyOutput {
	sets: QuestionSet[];
	/** Markdown lines: what was generated, dropped (with reasons) and kept. */
	report: string[];
}

/** One media-literacy family (quotes, sources, fact or opinion, cross-source, chronology). */
export type Family = (input: FamilyInput) => FamilyOutput;
