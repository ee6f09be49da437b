import { cleanName, nameKey } from '$lib/teacher/student-name';

/**
 * What a student's device keeps about an assignment, beside the quiz progress: who is taking it
 * and when the current attempt started and ended, so the result code handed in stays the same
 * across reloads. Nothing of it leaves the device unless the student hands the code in.
 */
export interface AttemptRecord {
	/** The name as the student typed it (cleaned). */
	student: string;
	/** ISO date-times of the current attempt. */
	started: string;
	finished: string | null;
}

/** The record read back from storage, keeping only its known fields, or null if damaged. */
function asRecord(x: unknown): AttemptRecord | null {
	if (typeof x !== 'object' || x === null) return null;
	const { student, started, finished } = x as Partial<Record<string, unknown>>;
	if (typeof student !== 'string' || student.length === 0 || typeof started !== 'string')
		return null;
	if (finished !== null && typeof finished !== 'string') return null;
	return { student, started, finished };
}

/** The quiz id (and progress key) of one student on one assignment. */
export function assignmentQuizId(assignment: string, student: string): string {
	return `assignment:${assignment}:${nameKey(student)}`;
}

const attemptKey = (quizId: string) => `recoupe.attempt.${quizId}`;
const studentKey = (assignment: string) => `recoupe.student.${assignment}`;

/** The attempt record of a quiz id, or null when none (or damaged). */
export function loadAttempt(storage: Storage | null, quizId: string): AttemptRecord | null {
	try {
		const raw = storage?.getItem(attemptKey(quizId));
		if (!raw) return null;
		return asRecord(JSON.parse(raw));
	} catch {
		return null;
	}
}

/** Saves an attempt record; a refusing storage only means it lasts for this page. */
export function saveAttempt(storage: Storage | null, quizId: string, record: AttemptRecord): void {
	try {
		storage?.setItem(attemptKey(quizId), JSON.stringify(record));
	} catch {
		// Private mode or full: the page keeps the record in memory.
	}
}

/** The name last typed for this assignment on this device, to offer it again. */
export function lastStudent(storage: Storage | null, assignment: string): string {
	try {
		return cleanName(storage?.getItem(studentKey(assignment)) ?? '');
	} catch {
		return '';
	}
}

/** Remembers the name typed for this assignment. */
export function rememberStudent(storage: Storage | null, assignment: string, name: string): void {
	try {
		storage?.setItem(studentKey(assignment), cleanName(name));
	} catch {
		// Not remembered: the student types the name again next time.
	}
}

/**
 * Forgets everything this device keeps about one student on one assignment: the name, the
 * attempt record and the progress (`progressKey` is the player's storage key of a quiz id).
 */
export function forgetStudent(
	storage: Storage | null,
	assignment: string,
	quizId: string,
	progressKey: string
): void {
	try {
		storage?.removeItem(studentKey(assignment));
		storage?.removeItem(attemptKey(quizId));
		storage?.removeItem(progressKey);
	} catch {
		// Nothing stored, nothing to forget.
	}
}

/**
 * True when `at` is after the due date: a date alone (`YYYY-MM-DD`) means the end of that day
 * where the student is; a date-time is compared as such.
 */
export function isLate(due: string | null, at: Date): boolean {
	if (due === null) return false;
	if (/^\d{4}-\d{2}-\d{2}$/u.test(due)) {
		const [y, m, d] = due.split('-').map(Number) as [number, number, number];
		return at.getTime() >= new Date(y, m - 1, d + 1).getTime();
	}
	const t = Date.parse(due);
	return !Number.isNaN(t) && at.getTime() > t;
}

/** Attempts still allowed after attempt `current` (Infinity when unlimited). */
export function attemptsLeft(allowed: number | null, current: number): number {
	return allowed === null ? Infinity : Math.max(0, allowed - current);
}
