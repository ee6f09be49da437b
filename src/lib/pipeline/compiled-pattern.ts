/** Patterns built so far, by flags and source. */
const built = new Map<string, RegExp>();

/** Patterns kept at most: any word of a text may be spliced into one, so the cache is bounded. */
const LIMIT = 2000;

/**
 * The pattern for `source` and `flags`, built once: a pattern made from a word of the text (`a
 * déclaré que` from `déclaré`, `le préfet de police Didier Lallement` from `préfet`) comes back
 * for every sentence holding that word, and a pattern built anew is slow on its first runs. Only
 * for patterns without the `g` or `y` flag, whose `lastIndex` would carry from one use to the next.
 */
export function compiledPattern(source: string, flags: string): RegExp {
	if (/[gy]/u.test(flags)) throw new Error(`compiledPattern: no g or y flag (${flags})`);
	const key = `${flags}/${source}`;
	let re = built.get(key);
	if (!re) {
		if (built.size >= LIMIT) built.clear();
		re = new RegExp(source, flags);
		built.set(key, re);
	}
	return re;
}
