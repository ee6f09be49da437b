import type { Facts } from '../facts/extract-facts';
import type { CleanArticle } from '../types';

/** Names an article is about: its people and organisations named at least twice, most named first. */
const SALIENT = 6;
/** A name in more articles than this is too common to tell one story from another. */
const TOO_COMMON = 40;

/**
 * Articles that tell one story: two articles join when they share at least two of their most
 * named people or organisations (the five seeds share Parler, Amazon, Google, Apple, John Matze).
 * Built from an index of names, so only articles sharing a name are compared; a name found in very
 * many articles (`Etats-Unis`) links nothing. Groups keep the corpus order.
 */
export function storyGroups(articles: CleanArticle[], facts: Facts): CleanArticle[][] {
	// The families each ask for the groups of one corpus: found once per corpus and facts.
	const known = found.get(facts);
	if (known?.articles === articles) return known.groups;
	const groups = groupArticles(articles, facts);
	found.set(facts, { articles, groups });
	return groups;
}

/** The groups found for a corpus, by its facts. */
const found = new WeakMap<Facts, { articles: CleanArticle[]; groups: CleanArticle[][] }>();

function groupArticles(articles: CleanArticle[], facts: Facts): CleanArticle[][] {
	const salient = new Map<string, string[]>();
	const byEntity = new Map<string, string[]>();
	for (const a of articles) {
		const count = new Map<string, number>();
		for (const { e } of facts.byArticle.get(a.id)?.named ?? []) {
			if (e.type === 'person' || e.type === 'organisation')
				count.set(e.id, (count.get(e.id) ?? 0) + 1);
		}
		const top = [...count]
			.filter(([, n]) => n >= 2)
			.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
			.slice(0, SALIENT)
			.map(([id]) => id);
		salient.set(a.id, top);
		for (const id of top) {
			const ids = byEntity.get(id);
			if (ids) ids.push(a.id);
			else byEntity.set(id, [a.id]);
		}
	}
	const parent = new Map(articles.map((a) => [a.id, a.id]));
	const find = (x: string): string => {
		while (parent.get(x) !== x) x = parent.get(x)!;
		return x;
	};
	const shared = new Map<string, number>();
	for (const ids of byEntity.values()) {
		if (ids.length > TOO_COMMON) continue;
		for (let i = 0; i < ids.length; i++)
			for (let j = i + 1; j < ids.length; j++) {
				const key = `${ids[i]}|${ids[j]}`;
				const n = (shared.get(key) ?? 0) + 1;
				shared.set(key, n);
				if (n === 2) {
					const [x, y] = [find(ids[i]!), find(ids[j]!)];
					if (x !== y) parent.set(y, x);
				}
			}
	}
	const groups = new Map<string, CleanArticle[]>();
	for (const a of articles) {
		const root = find(a.id);
		const group = groups.get(root);
		if (group) group.push(a);
		else groups.set(root, [a]);
	}
	return [...groups.values()];
}

/** The names a story group shares most, for its title: `Parler, Amazon et Google`. */
export function storyNames(group: CleanArticle[], facts: Facts, count = 3): string[] {
	const inArticles = new Map<string, Set<string>>();
	for (const a of group)
		for (const { e } of facts.byArticle.get(a.id)?.named ?? [])
			if (e.confident && (e.type === 'person' || e.type === 'organisation'))
				inArticles.set(e.id, (inArticles.get(e.id) ?? new Set()).add(a.id));
	return [...inArticles]
		.map(([id, set]) => [facts.entityById.get(id)!, set.size] as const)
		.sort(
			(x, y) =>
				y[1] - x[1] ||
				y[0].mentions.length - x[0].mentions.length ||
				x[0].name.localeCompare(y[0].name)
		)
		.slice(0, count)
		.map(([e]) => e.name);
}
