import type { SortKey } from '$lib/teacher';

/** The table's sort: a key and a direction. */
export interface SortState {
	key: SortKey;
	dir: 'asc' | 'desc';
}

/** True when `key` is the column `state` sorts by. */
export function sameKey(a: SortKey, b: SortKey): boolean {
	return a.by === b.by && (a.by !== 'question' || (b.by === 'question' && a.index === b.index));
}

/**
 * The sort after a click on a column header: the same column flips its direction; another
 * column starts with names A→Z, and scores from the highest (the question a teacher asks first
 * is "who did best?").
 */
export function nextSort(state: SortState, key: SortKey): SortState {
	if (sameKey(state.key, key)) return { key, dir: state.dir === 'asc' ? 'desc' : 'asc' };
	return { key, dir: key.by === 'name' ? 'asc' : 'desc' };
}

/** The `aria-sort` of a column header. */
export function ariaSort(state: SortState, key: SortKey): 'ascending' | 'descending' | 'none' {
	if (!sameKey(state.key, key)) return 'none';
	return state.dir === 'asc' ? 'ascending' : 'descending';
}
