import { error } from '@sveltejs/kit';
import { articleRef, type ArticleRef } from '$lib/print/article-ref';
import { findArticle } from '$lib/server/articles';
import { findSet, sets } from '$lib/server/sets';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => sets.map((s) => ({ id: s.id }));

/** A set and the articles its answers come from, for the printable worksheet. */
export const load: PageServerLoad = ({ params }) => {
	const set = findSet(params.id);
	if (!set) error(404, 'set not found');
	const articles: Record<string, ArticleRef> = {};
	for (const id of new Set(set.questions.flatMap((q) => q.evidence.map((e) => e.article)))) {
		const article = findArticle(id);
		if (article) articles[id] = articleRef(article);
	}
	return { set, articles };
};
