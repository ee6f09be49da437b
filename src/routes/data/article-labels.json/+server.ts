import { articleRef, type ArticleRef } from '$lib/print/article-ref';
import { articles } from '$lib/server/articles';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every article's reference (headline, outlet, paragraph starts) by id: the assignment
 * worksheet's answer key names the article and paragraph each answer comes from, and an
 * assignment spans sets only known at runtime.
 */
export const GET: RequestHandler = () => {
	const refs: Record<string, ArticleRef> = {};
	for (const a of articles) refs[a.id] = articleRef(a);
	return new Response(JSON.stringify(refs), {
		headers: { 'content-type': 'application/json' }
	});
};
