import { error } from '@sveltejs/kit';
import { articles, findArticle } from '$lib/server/articles';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per generated article. */
export const entries: EntryGenerator = () => articles.map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const article = findArticle(params.id);
	if (!article) error(404, 'article not found');
	return { article };
};
