/**
 * A stable 40-bit hash of a string as 10 hex digits (two 32-bit FNV-1a with different seeds):
 * question ids derive from content, so the same question keeps its id across runs and machines.
 */
export function hash10(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193) >>> 0;
		b = Math.imul(b ^ c, 0x01000193 ^ 0x2f) >>> 0;
	}
	return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 10);
}

/** Orders items in a way that depends only on their text and a seed: a shuffle that is stable. */
export function stableShuffle<T>(items: T[], key: (item: T) => string, seed: string): T[] {
	const keyed = items.map((item) => ({ item, h: hash10(seed + key(item)) }));
	return keyed.sort((x, y) => (x.h < y.h ? -1 : x.h > y.h ? 1 : 0)).map((k) => k.item);
}
