import type { CleanArticle } from '../types';
import type { Entity, EntityType, Mention } from '../facts/types';
import { typeVotes } from './type-evidence';

/** Whether every character is printable ASCII (`/^[ -~]*$/`), read without a pattern: names are many. */
function printableAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x20 || c > 0x7e) return false;
	}
	return true;
}

/**
 * Accents and case aside: `États-Unis` and `Etats-Unis` are one name. (`toLowerCase` lowers
 * French as `toLocaleLowerCase('fr')` does, only tr, az and lt differ, and is several times faster.)
 */
export function nameKey(name: string): string {
	// `Google`, `AWS`: a name in plain ASCII has no accent to strip, and it is most names.
	if (printableAscii(name)) return name.toLowerCase();
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/gu, "'");
}

/**
 * Groups the mentions of the corpus into entities and types them. Names are one entity when:
 * they are equal but for accents and case; one is the initials of the other (`AWS`, `Amazon Web
 * Services`); one is the last name of a person (`Matze`, `John Matze`) or the first word of an
 * organisation's name of three words or more in the same article (`Amazon`, `Amazon Web Services`); or they differ
 * by a letter or two in a person's last name (`John Matz`, `John Matze`: recorded as a variant).
 */
export function groupEntities(mentions: Mention[], articles: CleanArticle[]): Entity[] {
	const texts = new Map(articles.map((a) => [a.id, a.text]));
	const byKey = new Map<string, Mention[]>();
	for (const m of mentions) {
		const key = nameKey(m.text);
		const list = byKey.get(key) ?? [];
		list.push(m);
		byKey.set(key, list);
	}
	const keys = [...byKey.keys()].sort();
	const parent = new Map(keys.map((k) => [k, k]));
	const find = (k: string): string => {
		while (parent.get(k) !== k) k = parent.get(k)!;
		return k;
	};
	const union = (a: string, b: string) => {
		const [x, y] = [find(a), find(b)].sort();
		if (x !== y) parent.set(y!, x!);
	};
	const votes = new Map<string, Partial<Record<EntityType, number>>>();
	for (const [key, list] of byKey) {
		const total: Partial<Record<EntityType, number>> = {};
		for (const m of list) {
			const text = texts.get(m.article) ?? '';
			const v = typeVotes(
				m.text,
				text.slice(Math.max(0, m.start - 60), m.start),
				text.slice(m.end, m.end + 20)
			);
			for (const [t, n] of Object.entries(v))
				total[t as EntityType] = (total[t as EntityType] ?? 0) + n;
		}
		votes.set(key, total);
	}
	const order = articleOrder(mentions);
	propagateAlongLists(mentions, texts, votes, order);
	const tokens = (k: string) => k.split(/\s+/u);
	const variants = new Set<string>();
	// Indexes, so each name is compared only with the names it could go with (no all-pairs pass).
	const multi = keys.filter((k) => tokens(k).length > 1);
	const index = (f: (t: string[]) => string) => {
		const map = new Map<string, string[]>();
		for (const m of multi) {
			const list = map.get(f(tokens(m)));
			if (list) list.push(m);
			else map.set(f(tokens(m)), [m]);
		}
		return map;
	};
	const byLast = index((t) => t.at(-1)!);
	const byFirst = index((t) => t[0]!);
	const byInitials = index((t) => t.map((w) => w[0]).join(''));
	const byFirstAndLength = index((t) => `${t[0]}|${t.length}`);
	for (const k of keys) {
		const sample = byKey.get(k)![0]!.text;
		const t = tokens(k);
		if (t.length === 1) {
			if (/^\p{Lu}{2,}$/u.test(sample)) for (const m of byInitials.get(k) ?? []) union(k, m);
			for (const m of byLast.get(k) ?? []) {
				const person = (votes.get(m)?.person ?? 0) + (votes.get(k)?.person ?? 0) > 0;
				if (person || (tokens(m).length === 2 && !votes.get(m)?.organisation)) union(k, m);
			}
			for (const m of byFirst.get(k) ?? []) {
				// `Amazon` / `Amazon Web Services`, not `Google` / `Google Cloud` nor `Apple` / `Apple Daily`:
				// a two-word name starting with another name is often another thing.
				if (
					tokens(m).length >= 3 &&
					sameArticle(byKey.get(k)!, byKey.get(m)!) &&
					!votes.get(m)?.person
				)
					union(k, m);
			}
		} else {
			for (const m of byFirstAndLength.get(`${t[0]}|${t.length}`) ?? []) {
				if (m <= k || !closeName(t.at(-1)!, tokens(m).at(-1)!)) continue;
				union(k, m);
				// The spelling the corpus uses less (counting the last name alone) is the variant;
				// on a tie, the shorter one: a dropped letter is the likelier slip.
				const support = (x: string) =>
					byKey.get(x)!.length + (byKey.get(tokens(x).at(-1)!)?.length ?? 0);
				const rarer =
					support(k) !== support(m)
						? support(k) < support(m)
							? k
							: m
						: k.length <= m.length
							? k
							: m;
				variants.add(rarer);
			}
		}
	}
	const groups = new Map<string, string[]>();
	for (const k of keys) {
		const root = find(k);
		const group = groups.get(root);
		if (group) group.push(k);
		else groups.set(root, [k]);
	}
	return [...groups.values()].map((members) => toEntity(members, byKey, votes, variants, order));
}

/**
 * Each article id's rank in `localeCompare` order, ids that compare equal sharing one: sorting
 * mentions by rank gives the order `localeCompare` gives, with one comparison of ids per article
 * rather than one per pair of mentions.
 */
function articleOrder(mentions: Mention[]): Map<string, number> {
	const ids = [...new Set(mentions.map((m) => m.article))].sort((a, b) => a.localeCompare(b));
	const order = new Map<string, number>();
	let rank = 0;
	ids.forEach((id, i) => {
		if (i > 0 && ids[i - 1]!.localeCompare(id) !== 0) rank++;
		order.set(id, rank);
	});
	return order;
}

function toEntity(
	members: string[],
	byKey: Map<string, Mention[]>,
	votes: Map<string, Partial<Record<EntityType, number>>>,
	variants: Set<string>,
	order: Map<string, number>
): Entity {
	const mentions = members
		.flatMap((k) => byKey.get(k)!)
		.sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.start - b.start);
	const forms = new Map<string, number>();
	for (const m of mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
	const aliases = [...forms.keys()].sort();
	// The form the corpus uses most (`Amazon` rather than `Amazon Web Services`), never a variant.
	const name = [...forms.entries()]
		.filter(([f]) => !variants.has(nameKey(f)))
		.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
	const total: Partial<Record<EntityType, number>> = {};
	for (const k of members)
		for (const [t, n] of Object.entries(votes.get(k) ?? {}))
			total[t as EntityType] = (total[t as EntityType] ?? 0) + n;
	// `Donald Trump` … `Trump`: a name also used by its last word alone is a person's.
	const lastNames = members.filter((k) => !k.includes(' '));
	if (members.some((k) => /^\S+ \S+$/u.test(k) && lastNames.includes(k.split(' ')[1]!))) {
		total.person = (total.person ?? 0) + 4;
	}
	const ranked = (Object.entries(total) as [EntityType, number][]).sort(
		(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
	);
	const type: EntityType =
		ranked[0] && (ranked.length === 1 || ranked[0][1] > ranked[1]![1]) ? ranked[0][0] : 'other';
	const margin = (ranked[0]?.[1] ?? 0) - (ranked[1]?.[1] ?? 0);
	return {
		id: nameKey(name).replace(/[^a-z0-9]+/gu, '-'),
		name,
		type,
		// A person is known by a full name somewhere (`Jimmy Lai`), not only by one capitalised word
		// (`République`, `Société`), which is likelier a common noun.
		confident:
			type !== 'other' && margin >= 2 && (type !== 'person' || aliases.some((a) => /\s/u.test(a))),
		aliases,
		variants: aliases.filter((a) => variants.has(nameKey(a))),
		mentions
	};
}

/**
 * Names listed together are of one kind: in `Facebook, Instagram, Snapchat ou Twitch` or
 * `Amazon, Google et Apple`, what is known of one is evidence for the others.
 */
function propagateAlongLists(
	mentions: Mention[],
	texts: Map<string, string>,
	votes: Map<string, Partial<Record<EntityType, number>>>,
	order: Map<string, number>
): void {
	const sorted = [...mentions].sort(
		(a, b) => order.get(a.article)! - order.get(b.article)! || a.start - b.start
	);
	const lists: string[][] = [];
	let list: string[] = [];
	sorted.forEach((m, i) => {
		const prev = sorted[i - 1];
		const between =
			prev && prev.article === m.article
				? (texts.get(m.article) ?? '').slice(prev.end, m.start)
				: null;
		if (between !== null && /^(?:,\s|\set\s|\sou\s|,\set\s)$/u.test(between))
			list.push(nameKey(m.text));
		else {
			if (list.length > 1) lists.push(list);
			list = [nameKey(m.text)];
		}
	});
	if (list.length > 1) lists.push(list);
	const before = new Map([...votes].map(([k, v]) => [k, { ...v }]));
	for (const members of lists) {
		const total: Partial<Record<EntityType, number>> = {};
		for (const k of members)
			for (const [t, n] of Object.entries(before.get(k) ?? {}))
				total[t as EntityType] = (total[t as EntityType] ?? 0) + n;
		for (const k of members) {
			const own = votes.get(k) ?? {};
			for (const [t, n] of Object.entries(total))
				own[t as EntityType] = (own[t as EntityType] ?? 0) + n / 2;
			votes.set(k, own);
		}
	}
}

function sameArticle(a: Mention[], b: Mention[]): boolean {
	const articles = new Set(a.map((m) => m.article));
	return b.some((m) => articles.has(m.article));
}

/** Two spellings of one last name: `Matz`, `Matze` (one or two letters apart, long enough). */
function closeName(a: string, b: string): boolean {
	if (a === b || Math.min(a.length, b.length) < 4) return false;
	return editDistance(a, b) <= (Math.min(a.length, b.length) >= 7 ? 2 : 1);
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row.push(
				Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
			);
		}
		prev = row;
	}
	return prev[b.length]!;
}
