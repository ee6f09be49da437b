/**
 * `fn` remembered by its text argument: several stages ask the same question of the same
 * sentence (does it stand alone?), each of them several times. The cache is emptied when it
 * holds `limit` texts, so memory stays flat on big corpora. Only for pure functions.
 */
export function rememberText<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
	const cache = new Map<string, T>();
	return (text) => {
		if (cache.has(text)) return cache.get(text) as T;
		if (cache.size >= limit) cache.clear();
		const answer = fn(text);
		cache.set(text, answer);
		return answer;
	};
}
