import { describe, expect, it } from 'vitest';
import { assignmentId, encodeAssignment } from './assignment';
import { importResults } from './import-results';
import { encodeResult } from './result-code';
import {
	deleteResults,
	loadResults,
	saveResults,
	storeKey,
	type StorageLike
} from './results-store';
import { assignmentOf, pick, single } from './test-fixtures';

/** A Map-backed stand-in for localStorage; `full` makes it refuse writes like a full quota. */
function memoryStorage(full = false): StorageLike & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (full) throw new Error('QuotaExceededError');
			map.set(k, v);
		},
		removeItem: (k) => void map.delete(k)
	};
}

const assignment = assignmentOf([single('0000000001')]);
const key = storeKey(assignmentId(assignment));
const code = (student: string) =>
	encodeResult({
		v: 1,
		assignment: assignmentId(assignment),
		student,
		attempt: 1,
		responses: { 'q-0000000001': pick('a') },
		started: '2025-02-10T08:00:00.000Z',
		finished: '2025-02-10T08:20:00.000Z'
	});
const { results } = importResults(
	assignment,
	[],
	[{ source: 'paste', text: `${code('Léa Martin')} ${code('Yanis Benali')}` }]
);

describe('results store', () => {
	it('gives back what it saved, and nothing for a new assignment', () => {
		const storage = memoryStorage();
		expect(loadResults(storage, assignment)).toEqual({ ok: true, results: [], damaged: 0 });
		expect(saveResults(storage, assignment, results)).toEqual({ ok: true });
		expect(loadResults(storage, assignment)).toEqual({ ok: true, results, damaged: 0 });
	});

	it('deletes everything for the assignment', () => {
		const storage = memoryStorage();
		saveResults(storage, assignment, results);
		deleteResults(storage, assignment);
		expect(storage.map.size).toBe(0);
		expect(loadResults(storage, assignment)).toMatchObject({ ok: true, results: [] });
	});

	it('reports unreadable or foreign data instead of throwing', () => {
		const storage = memoryStorage();
		storage.map.set(key, '{"v":1,"codes":[');
		expect(loadResults(storage, assignment)).toMatchObject({ ok: false, error: 'corrupt' });
		storage.map.set(key, '"just a string"');
		expect(loadResults(storage, assignment)).toMatchObject({ ok: false, error: 'corrupt' });
		storage.map.set(key, '{"v":9,"codes":[]}');
		expect(loadResults(storage, assignment)).toMatchObject({ ok: false, error: 'version' });
		storage.map.set(key, '{"v":1,"assignment":"A1.xx.yyyyyy","codes":[]}');
		expect(loadResults(storage, assignment)).toMatchObject({ ok: false, error: 'corrupt' });
		const other = encodeAssignment({ ...assignment, title: 'Un autre devoir' });
		storage.map.set(key, JSON.stringify({ v: 1, assignment: other, codes: [] }));
		expect(loadResults(storage, assignment)).toMatchObject({
			ok: false,
			error: 'other-assignment'
		});
	});

	it('drops and counts stored codes that were damaged or edited', () => {
		const storage = memoryStorage();
		saveResults(storage, assignment, results);
		const record = JSON.parse(storage.map.get(key)!);
		record.codes[0] = record.codes[0].replace(/.$/u, (c: string) => (c === 'A' ? 'B' : 'A'));
		record.codes.push(42);
		storage.map.set(key, JSON.stringify(record));
		const loaded = loadResults(storage, assignment);
		expect(loaded).toMatchObject({ ok: true, damaged: 2 });
		expect(loaded.ok && loaded.results.map((r) => r.result.student)).toEqual(['Yanis Benali']);
	});

	it('reports a full storage instead of throwing', () => {
		expect(saveResults(memoryStorage(true), assignment, results)).toMatchObject({
			ok: false,
			error: 'quota'
		});
	});
});
