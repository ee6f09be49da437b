import type { Facts } from '../facts/extract-facts';
import type { CleanArticle } from '../types';
import { hash10 } from '../generate/hash';

/** Articles that tell one story, in corpus order. */
export interface Story {
	id: string;
	articles: CleanArticle[];
}

/** Names two articles must share, among those central to each, to tell one story. */
const SHARED = 2;

/** An entity named by more articles than this is background (`France`, `AFP`), not a story link. */
const MAX_ARTICLES_PER_LINK = 12;

/** Two dated articles further apart than this report different moments, even of one affair. */
const MAX_DAYS_APART = 7;

/**
 * Groups articles into stories: two articles tell one story when at least two organisations or
 * people central to each (named twice, or in the headline or first paragraph) are the same, e.g.
 * `Google` and `Apple` in two reports on one decision, and, when both give a full date, they
 * were published within a week. Indexed by entity, so the work grows with the number of names,
 * not with the square of the corpus. A lone article is a story of one.
 */
export function groupStories(articles: CleanArticle[], facts: Facts): Story[] {
	// Chronology and cross-checking both read the stories of one corpus: grouped once.
	const known = grouped.get(facts);
	if (known?.articles === articles) return known.stories;
	const stories = group(articles, facts);
	grouped.set(facts, { articles, stories });
	return stories;
}

/** The stories found for a corpus, by its facts. */
const grouped = new WeakMap<Facts, { articles: CleanArticle[]; stories: Story[] }>();

function group(articles: CleanArticle[], facts: Facts): Story[] {
	const central = new Map<string, Set<string>>();
	for (const a of articles) central.set(a.id, centralEntities(a, facts));
	const byEntity = new Map<string, string[]>();
	for (const a of articles)
		for (const e of central.get(a.id)!) {
			const ids = byEntity.get(e);
			if (ids) ids.push(a.id);
			else byEntity.set(e, [a.id]);
		}
	const shared = new Map<string, number>();
	for (const ids of byEntity.values()) {
		if (ids.length < 2 || ids.length > MAX_ARTICLES_PER_LINK) continue;
		for (let i = 0; i < ids.length; i++)
			for (let j = i + 1; j < ids.length; j++) {
				const key = `${ids[i]}\u0000${ids[j]}`;
				shared.set(key, (shared.get(key) ?? 0) + 1);
			}
	}
	const byId = new Map(articles.map((a) => [a.id, a]));
	const parent = new Map(articles.map((a) => [a.id, a.id]));
	const find = (k: string): string => {
		while (parent.get(k) !== k) k = parent.get(k)!;
		return k;
	};
	for (const [key, n] of [...shared].sort((x, y) => x[0].localeCompare(y[0]))) {
		if (n < SHARED) continue;
		const [a, b] = key.split('\u0000') as [string, string];
		if (!closeInTime(byId.get(a)!, byId.get(b)!)) continue;
		const [x, y] = [find(a), find(b)].sort() as [string, string];
		if (x !== y) parent.set(y, x);
	}
	const stories = new Map<string, CleanArticle[]>();
	for (const a of articles) {
		const root = find(a.id);
		const list = stories.get(root);
		if (list) list.push(a);
		else stories.set(root, [a]);
	}
	// A story's id comes from its articles, so it does not hang on any one of them.
	return [...stories.values()].map((list) => ({
		id: `story-${hash10(list.map((a) => a.id).join('|'))}`,
		articles: list
	}));
}

/** The corpus's entities by id (two entities may share one), listed once per corpus. */
const byIds = new WeakMap<Facts, Map<string, Facts['entities']>>();

function entitiesById(facts: Facts): Map<string, Facts['entities']> {
	let map = byIds.get(facts);
	if (!map) {
		map = new Map();
		for (const e of facts.entities) {
			const list = map.get(e.id);
			if (list) list.push(e);
			else map.set(e.id, [e]);
		}
		byIds.set(facts, map);
	}
	return map;
}

/** Confident organisations and people an article is about: named twice, or early on. */
function centralEntities(article: CleanArticle, facts: Facts): Set<string> {
	const named = facts.byArticle.get(article.id)?.named ?? [];
	const firstParagraphEnd = article.paragraphs[0]?.end ?? 0;
	const count = new Map<string, number>();
	const early = new Set<string>();
	for (const { m, e } of named) {
		if (!e.confident || (e.type !== 'organisation' && e.type !== 'person')) continue;
		count.set(e.id, (count.get(e.id) ?? 0) + 1);
		if (m.start < firstParagraphEnd) early.add(e.id);
	}
	const title = article.title ?? '';
	// Only the entities this article names: reading every entity of the corpus for each article
	// would grow with the square of the corpus.
	const byId = entitiesById(facts);
	for (const id of count.keys())
		if (byId.get(id)?.some((e) => e.aliases.some((a) => title.includes(a)))) early.add(id);
	return new Set([...count].filter(([id, n]) => n >= 2 || early.has(id)).map(([id]) => id));
}

function closeInTime(a: CleanArticle, b: CleanArticle): boolean {
	const day = /^\d{4}-\d{2}-\d{2}$/u;
	if (!a.meta.date || !b.meta.date || !day.test(a.meta.date) || !day.test(b.meta.date)) return true;
	const ms = Math.abs(Date.parse(a.meta.date) - Date.parse(b.meta.date));
	return ms <= MAX_DAYS_APART * 86_400_000;
}
