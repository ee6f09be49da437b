import { error } from '@sveltejs/kit';
import { summarize } from '$lib/articles/summary';
import { findArticle } from '$lib/server/articles';
import { findSet, sets } from '$lib/server/sets';
import { labelArticle, summarizeSet, type ArticleLabel } from '$lib/sets/summary';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => sets.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const set = findSet(params.id);
	if (!set) error(404, 'set not found');
	const ids = new Set([
		...set.articles,
		...set.questions.flatMap((q) => q.evidence.map((e) => e.article))
	]);
	const articles: Record<string, ArticleLabel> = {};
	for (const id of ids) {
		const article = findArticle(id);
		if (article) articles[id] = labelArticle(summarize(article));
	}
	return { set, summary: summarizeSet(set), articles };
};
