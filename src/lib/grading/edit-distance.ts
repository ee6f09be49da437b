/**
 * The Damerau–Levenshtein distance (optimal string alignment) between two words: how many
 * letters to insert, delete, replace or swap with the next one to turn `a` into `b`.
 * `Appel` → `Apple` is 1 (a swap), `lundi` → `mardi` is 3. Counts UTF-16 code units: callers
 * compare normalised, accent-folded text.
 */
export function editDistance(a: string, b: string): number {
	// Three rows are enough: the current one, the previous one, and the one before for swaps.
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, before[j - 2]! + 1);
			}
			row.push(d);
		}
		before = previous;
		previous = row;
	}
	return previous[b.length]!;
}
