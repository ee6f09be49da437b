import { error, json } from '@sveltejs/kit';
import { setArticles } from '$lib/server/set-articles';
import { findSet, sets } from '$lib/server/sets';
import type { SetData } from '$lib/player/set-data';
import type { EntryGenerator, RequestHandler } from './$types';

// One static file per set, /data/sets/<id>.json: the assignment page fetches only the sets its
// link names, from the site's own origin, instead of shipping every set in its JavaScript.
export const prerender = true;

export const entries: EntryGenerator = () => sets.map((s) => ({ id: s.id }));

export const GET: RequestHandler = ({ params }) => {
	const set = findSet(params.id);
	if (!set) error(404, 'set not found');
	return json({ set, articles: setArticles(set) } satisfies SetData);
};
