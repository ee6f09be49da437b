import { describe, expect, test } from 'vitest';
import { ariaSort, nextSort, type SortState } from './sort-state';

describe('nextSort', () => {
	const byName: SortState = { key: { by: 'name' }, dir: 'asc' };

	test('clicking the sorted column flips its direction', () => {
		expect(nextSort(byName, { by: 'name' })).toEqual({ key: { by: 'name' }, dir: 'desc' });
	});

	test('another column starts from the highest score', () => {
		const s = nextSort(byName, { by: 'question', index: 2 });
		expect(s).toEqual({ key: { by: 'question', index: 2 }, dir: 'desc' });
		expect(nextSort(s, { by: 'question', index: 1 }).key).toEqual({ by: 'question', index: 1 });
		expect(nextSort(s, { by: 'question', index: 2 }).dir).toBe('asc');
	});

	test('only the sorted column says how it is sorted', () => {
		const s: SortState = { key: { by: 'question', index: 0 }, dir: 'desc' };
		expect(ariaSort(s, { by: 'question', index: 0 })).toBe('descending');
		expect(ariaSort(s, { by: 'question', index: 1 })).toBe('none');
		expect(ariaSort(s, { by: 'score' })).toBe('none');
		expect(ariaSort(byName, { by: 'name' })).toBe('ascending');
	});
});
