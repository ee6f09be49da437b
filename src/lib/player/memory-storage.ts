/**
 * A Storage kept in memory, with an optional quota in characters: what tests use to play a
 * browser whose storage is full.
 */
export class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	constructor(private quota = Infinity) {}
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		const used = [...this.#items].reduce((n, [k, v]) => n + k.length + v.length, 0);
		const previous = (this.#items.get(key)?.length ?? -key.length) + key.length;
		if (used - previous + key.length + value.length > this.quota)
			throw new DOMException('quota', 'QuotaExceededError');
		this.#items.set(key, value);
	}
}
