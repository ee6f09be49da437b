/** The two 32-bit FNV-1a states `hash10` starts from. */
const SEED_A = 0x811c9dc5;
const SEED_B = 0x01000193 ^ 0x5bd1e995;

/** The two FNV-1a states after reading `text` from states `a` and `b`. */
function fnv(text: string, a: number, b: number): [number, number] {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193) >>> 0;
		b = Math.imul(b ^ c, 0x01000193 ^ 0x2f) >>> 0;
	}
	return [a, b];
}

/** The first 10 hex digits of the two states side by side. */
function hex10(a: number, b: number): string {
	return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 10);
}

/**
 * A stable 40-bit hash of a string as 10 hex digits (two 32-bit FNV-1a with different seeds):
 * question ids derive from content, so the same question keeps its id across runs and machines.
 */
export function hash10(text: string): string {
	const [a, b] = fnv(text, SEED_A, SEED_B);
	return hex10(a, b);
}

/**
 * Orders items in a way that depends only on their text and a seed: a shuffle that is stable.
 * Each item's hash is `hash10(seed + key)`; FNV reads left to right, so the seed (often a whole
 * sentence) is read once and each key goes on from there.
 */
export function stableShuffle<T>(items: T[], key: (item: T) => string, seed: string): T[] {
	const [a, b] = fnv(seed, SEED_A, SEED_B);
	// Sorted by the hash's 10 hex digits as numbers: the first state's 8, then the second's
	// first 2 (its top byte), the order the digits have as text, without writing them.
	const keyed = items.map((item) => {
		const [x, y] = fnv(key(item), a, b);
		return { item, x, y: y >>> 24 };
	});
	return keyed.sort((p, q) => p.x - q.x || p.y - q.y).map((k) => k.item);
}
