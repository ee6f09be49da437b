import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/questions/schema';
import { loadSets, type SetData } from './set-data';

const data = (id: string): SetData => ({
	set: { id, questions: [] } as unknown as QuestionSet,
	articles: { [`art-${id}`]: { id: `art-${id}`, label: `Le titre ${id}`, source: null } }
});

/** A fetch answering from a table of status codes by URL. */
function fakeFetch(status: Record<string, number>): typeof fetch {
	return (async (url: string) => {
		const code = status[url] ?? 200;
		return new Response(code === 200 ? JSON.stringify(data(url.slice(6, -5))) : 'no', {
			status: code
		});
	}) as typeof fetch;
}

describe('loadSets', () => {
	it('fetches each named set from its own address and merges the article labels', async () => {
		const out = await loadSets(['a', 'b'], (id) => `/sets/${id}.json`, fakeFetch({}));
		expect(out.sets.map((s) => s.id)).toEqual(['a', 'b']);
		expect(Object.keys(out.articles)).toEqual(['art-a', 'art-b']);
		expect(out.gone).toEqual([]);
	});

	it('reports a set the site no longer has, without failing', async () => {
		const out = await loadSets(
			['a', 'b'],
			(id) => `/sets/${id}.json`,
			fakeFetch({ '/sets/b.json': 404 })
		);
		expect(out.sets.map((s) => s.id)).toEqual(['a']);
		expect(out.gone).toEqual(['b']);
	});

	it('throws on any other failure, so the page can offer to try again', async () => {
		await expect(
			loadSets(['a'], (id) => `/sets/${id}.json`, fakeFetch({ '/sets/a.json': 503 }))
		).rejects.toThrow(/503/u);
	});
});
