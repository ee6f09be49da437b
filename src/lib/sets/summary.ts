import type { ArticleSummary } from '$lib/articles/summary';
import type { Localized, QuestionSet, SetKind } from '$lib/questions/schema';
import { estimateMinutes } from '$lib/player/estimate';

/** An article as a set names it: enough to tell it apart in a list. */
export interface ArticleLabel {
	id: string;
	/** The headline, or the first words of the text when the page gave none. */
	label: string;
	/** The outlet or agency the page names, if any. */
	source: string | null;
}

/** What the catalogue shows of a set, without shipping its questions. */
export interface SetSummary {
	id: string;
	kind: SetKind;
	title: Localized;
	description: Localized;
	level: string;
	count: number;
	minutes: number;
	articles: string[];
}

/** Summarises a set for the catalogue. */
export function summarizeSet(set: QuestionSet): SetSummary {
	return {
		id: set.id,
		kind: set.kind,
		title: set.title,
		description: set.description,
		level: set.level,
		count: set.questions.length,
		minutes: estimateMinutes(set.questions),
		articles: set.articles
	};
}

/** The label of an article, from its summary. */
export function labelArticle(a: ArticleSummary): ArticleLabel {
	return { id: a.id, label: a.title ?? a.excerpt, source: a.outlet ?? a.via };
}
