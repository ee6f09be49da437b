import { decodeAssignment, encodeAssignment, assignmentId, type Assignment } from './assignment';
import { decodeResult } from './result-code';
import type { ImportedResult } from './import-results';

/**
 * The teacher's imported results, kept in the browser (localStorage in the app) between visits,
 * one entry per assignment. Only codes are stored, and they are read back through the same
 * checks as a paste, so stored data that was damaged or edited is found, not trusted.
 */

/** What the store needs of `localStorage`: a test passes a Map-backed stand-in. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Storage key of an assignment's results. */
export const storeKey = (id: string) => `recoupe.results.${id}`;

/** What loading gave. `damaged` counts stored codes that no longer read (they are dropped). */
export type Loaded =
	| { ok: true; results: ImportedResult[]; damaged: number }
	| { ok: false; error: 'corrupt' | 'version' | 'other-assignment'; detail: string };

/** What saving gave: the browser may refuse (storage full, private mode). */
export type Saved = { ok: true } | { ok: false; error: 'quota'; detail: string };

/** Loads the results stored for `assignment`; nothing stored yet is an empty list. Never throws. */
export function loadResults(storage: StorageLike, assignment: Assignment): Loaded {
	const id = assignmentId(assignment);
	const raw = storage.getItem(storeKey(id));
	if (raw === null) return { ok: true, results: [], damaged: 0 };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch (e) {
		return { ok: false, error: 'corrupt', detail: e instanceof Error ? e.message : String(e) };
	}
	if (typeof data !== 'object' || data === null || !('v' in data)) {
		return { ok: false, error: 'corrupt', detail: 'not a results record' };
	}
	if (data.v !== 1) return { ok: false, error: 'version', detail: `version ${String(data.v)}` };
	if (!('codes' in data) || !Array.isArray(data.codes) || !('assignment' in data)) {
		return { ok: false, error: 'corrupt', detail: 'codes missing' };
	}
	const stored = typeof data.assignment === 'string' ? decodeAssignment(data.assignment) : null;
	if (!stored?.ok) return { ok: false, error: 'corrupt', detail: 'stored assignment unreadable' };
	if (assignmentId(stored.assignment) !== id) {
		return { ok: false, error: 'other-assignment', detail: 'stored assignment differs' };
	}
	const results: ImportedResult[] = [];
	let damaged = 0;
	for (const code of data.codes) {
		const d = typeof code === 'string' ? decodeResult(code) : null;
		if (d?.ok && d.result.assignment === id) results.push({ code, result: d.result });
		else damaged++;
	}
	return { ok: true, results, damaged };
}

/** Replaces the results stored for `assignment` (the assignment's link is kept with them). */
export function saveResults(
	storage: StorageLike,
	assignment: Assignment,
	results: readonly ImportedResult[]
): Saved {
	const record = {
		v: 1,
		assignment: encodeAssignment(assignment),
		codes: results.map((r) => r.code)
	};
	try {
		storage.setItem(storeKey(assignmentId(assignment)), JSON.stringify(record));
		return { ok: true };
	} catch (e) {
		return { ok: false, error: 'quota', detail: e instanceof Error ? e.message : String(e) };
	}
}

/** Deletes every result stored for `assignment` ("delete all" on the dashboard). */
export function deleteResults(storage: StorageLike, assignment: Assignment): void {
	storage.removeItem(storeKey(assignmentId(assignment)));
}
