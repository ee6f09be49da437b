import { summarize } from '$lib/articles/summary';
import { articles } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ articles: articles.map(summarize) });
