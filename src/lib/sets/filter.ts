import type { SetSummary } from './summary';

/** The catalogue's filters; an empty string lets every set through. */
export interface SetFilter {
	article: string;
	kind: string;
	level: string;
}

/** The sets that pass every filter, in catalogue order. */
export function filterSets(sets: SetSummary[], f: SetFilter): SetSummary[] {
	return sets.filter(
		(s) =>
			(f.article === '' || s.articles.includes(f.article)) &&
			(f.kind === '' || s.kind === f.kind) &&
			(f.level === '' || s.level === f.level)
	);
}

/** The distinct values of a field across sets, sorted, for a filter's options. */
export function optionsOf<K extends 'kind' | 'level'>(sets: SetSummary[], key: K): string[] {
	return [...new Set(sets.map((s) => s[key]))].sort();
}
