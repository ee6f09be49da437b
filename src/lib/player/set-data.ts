import type { QuestionSet } from '$lib/questions/schema';
import type { ArticleLabel } from '$lib/sets/summary';

/** What `/data/sets/<id>.json` holds: a set and the labels of the articles it quotes. */
export interface SetData {
	set: QuestionSet;
	articles: Record<string, ArticleLabel>;
}

/** The outcome of fetching the sets an assignment names. */
export interface LoadedSets {
	sets: QuestionSet[];
	articles: Record<string, ArticleLabel>;
	/** Set ids the site no longer has (404): their questions will be reported missing. */
	gone: string[];
}

/**
 * Fetches the named sets from the site's own static files (`url(id)` gives each address). A set
 * the site no longer has is reported in `gone`; any other failure (offline, server error) throws,
 * so the page can offer to try again rather than run a quiz with questions silently missing.
 */
export async function loadSets(
	ids: readonly string[],
	url: (id: string) => string,
	fetcher: typeof fetch = fetch
): Promise<LoadedSets> {
	const out: LoadedSets = { sets: [], articles: {}, gone: [] };
	const answers = await Promise.all(
		ids.map(async (id) => {
			const res = await fetcher(url(id));
			if (res.status === 404) return { id, data: null };
			if (!res.ok) throw new Error(`${url(id)}: HTTP ${res.status}`);
			return { id, data: (await res.json()) as SetData };
		})
	);
	for (const { id, data } of answers) {
		if (!data) out.gone.push(id);
		else {
			out.sets.push(data.set);
			Object.assign(out.articles, data.articles);
		}
	}
	return out;
}
