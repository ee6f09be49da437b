import { summarize } from '$lib/articles/summary';
import { articles } from '$lib/server/articles';
import { sets } from '$lib/server/sets';
import { labelArticle, summarizeSet } from '$lib/sets/summary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	sets: sets.map(summarizeSet),
	articles: articles.map((a) => labelArticle(summarize(a)))
});
