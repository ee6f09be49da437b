import { isResponse } from '$lib/grading/is-response';
import type { Progress } from './progress';

/** What the player can promise about keeping progress. */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

/** The storage key of a set's progress. */
export const progressKey = (set: string) => `recoupe.progress.${set}`;

/** Where damaged saved data is set aside (never silently deleted: it can be reported). */
export const corruptKey = (set: string) => `recoupe.corrupt.${set}`;

const isInt = (x: unknown, min: number): x is number => Number.isInteger(x) && (x as number) >= min;
const isIds = (x: unknown): x is string[] =>
	Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Whether a value read back from storage is a progress of `set`, every field as it should be. */
function isProgress(x: unknown, set: string): x is Progress {
	if (typeof x !== 'object' || x === null) return false;
	const p = x as Record<string, unknown>;
	const responses = p.responses as Record<string, unknown>;
	return (
		p.v === 1 &&
		p.set === set &&
		isIds(p.round) &&
		isInt(p.at, 0) &&
		typeof responses === 'object' &&
		responses !== null &&
		Object.values(responses).every(isResponse) &&
		isIds(p.checked) &&
		(p.feedback === 'each' || p.feedback === 'end') &&
		typeof p.finished === 'boolean' &&
		isInt(p.attempt, 1)
	);
}

/** localStorage, or null when the browser refuses it (private mode, disabled, sandboxed). */
export function openStorage(): Storage | null {
	try {
		const s = globalThis.localStorage;
		const probe = 'recoupe.probe';
		s.setItem(probe, '1');
		s.removeItem(probe);
		return s;
	} catch {
		return null;
	}
}

/** What loading found: nothing, a usable progress, or damaged data (now set aside). */
export type Loaded = { kind: 'none' } | { kind: 'ok'; progress: Progress } | { kind: 'corrupt' };

/** Parses saved progress of `set`, or null when it is missing or damaged. */
function parseProgress(raw: string, set: string): Progress | null {
	try {
		const parsed: unknown = JSON.parse(raw);
		return isProgress(parsed, set) ? parsed : null;
	} catch {
		return null;
	}
}

/** A set's saved progress without touching anything (the catalogue only shows it), or null. */
export function peekProgress(storage: Storage | null, set: string): Progress | null {
	const raw = storage?.getItem(progressKey(set)) ?? null;
	return raw === null ? null : parseProgress(raw, set);
}

/** Reads a set's saved progress; damaged data is moved to `corruptKey` and reported. */
export function loadProgress(storage: Storage | null, set: string): Loaded {
	if (!storage) return { kind: 'none' };
	const raw = storage.getItem(progressKey(set));
	if (raw === null) return { kind: 'none' };
	const progress = parseProgress(raw, set);
	if (progress) return { kind: 'ok', progress };
	try {
		storage.setItem(corruptKey(set), raw);
	} catch {
		// No room to keep a copy: the damaged data is still removed so the quiz can start.
	}
	storage.removeItem(progressKey(set));
	return { kind: 'corrupt' };
}

/** Saves progress; says whether it could (a full storage is reported, not thrown). */
export function saveProgress(storage: Storage | null, p: Progress): StorageStatus {
	if (!storage) return 'unavailable';
	try {
		storage.setItem(progressKey(p.set), JSON.stringify(p));
		return 'ok';
	} catch {
		return 'full';
	}
}

/** Forgets a set's progress (starting over). */
export function clearProgress(storage: Storage | null, set: string): void {
	try {
		storage?.removeItem(progressKey(set));
	} catch {
		// Nothing to do: the progress will simply be overwritten.
	}
}
