import * as v from 'valibot';
import type { Progress } from './progress';

/** What the player can promise about keeping progress. */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

/** The storage key of a set's progress. */
export const progressKey = (set: string) => `recoupe.progress.${set}`;

/** Where damaged saved data is set aside (never silently deleted: it can be reported). */
export const corruptKey = (set: string) => `recoupe.corrupt.${set}`;

const Id = v.string();
const ResponseSchema = v.variant('type', [
	v.object({
		type: v.picklist(['single', 'true-false', 'classification', 'evidence']),
		choice: Id
	}),
	v.object({ type: v.literal('multiple'), choices: v.array(Id) }),
	v.object({ type: v.picklist(['cloze', 'short']), text: v.string() }),
	v.object({ type: v.literal('ordering'), order: v.array(Id) }),
	v.object({ type: v.literal('matching'), pairs: v.record(v.string(), Id) })
]);

const ProgressSchema = v.object({
	v: v.literal(1),
	set: v.string(),
	round: v.array(Id),
	at: v.pipe(v.number(), v.integer(), v.minValue(0)),
	responses: v.record(v.string(), ResponseSchema),
	checked: v.array(Id),
	feedback: v.picklist(['each', 'end']),
	finished: v.boolean(),
	attempt: v.pipe(v.number(), v.integer(), v.minValue(1))
});

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
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return null;
	}
	const result = v.safeParse(ProgressSchema, parsed);
	return result.success && result.output.set === set ? (result.output as Progress) : null;
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
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = undefined;
	}
	const result = v.safeParse(ProgressSchema, parsed);
	if (result.success && result.output.set === set)
		return { kind: 'ok', progress: result.output as Progress };
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
