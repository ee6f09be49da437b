import { error } from '@sveltejs/kit';
import { findSet, sets } from '$lib/server/sets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => sets.map((s) => ({ id: s.id }));

/** One set as JSON, for pages that need questions at runtime (assignments, results). */
export const GET: RequestHandler = ({ params }) => {
	const set = findSet(params.id);
	if (!set) error(404, 'set not found');
	return new Response(JSON.stringify(set), {
		headers: { 'content-type': 'application/json' }
	});
};
