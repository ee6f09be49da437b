import type { DecodeError } from './envelope';
import { assignmentId, type Assignment } from './assignment';
import type { ResultCode } from './result-code';
import { parseResultCodes } from './result-text';
import { nameKey } from './student-name';

/** A result accepted into the dashboard: the code as pasted (whitespace removed) and its content. */
export interface ImportedResult {
	code: string;
	result: ResultCode;
}

/** Something pasted or dropped: `source` names it in messages (a file name, or "paste"). */
export interface ImportInput {
	source: string;
	text: string;
}

/** Why a code was refused; the interface words each reason in both languages. */
export type Rejection =
	/** Not a readable code: see `error` (checksum, format, version, payload, content). */
	| { reason: 'damaged'; error: DecodeError; detail: string }
	/** A valid code for another assignment (`assignment` is that one's id). */
	| { reason: 'other-assignment'; assignment: string }
	/** Already imported: the very same code, or another code for the same student and attempt. */
	| { reason: 'duplicate'; of: 'same-code' | 'same-attempt'; student: string; attempt: number }
	/** The file or paste held no result code at all. */
	| { reason: 'no-code' };

/** Accepted, but worth a word to the teacher. */
export type ImportWarning =
	/** Answers to questions not in the assignment: ignored when grading. */
	| { code: 'unknown-questions'; ids: string[] }
	/** More attempts than the assignment allows. */
	| { code: 'attempt-over-limit'; attempt: number; limit: number }
	/** Handed in after the due date. */
	| { code: 'late'; finished: string; due: string };

/** What happened to one code (or to one input without any code). */
export type ImportOutcome = { source: string; text: string } & (
	| { ok: true; imported: ImportedResult; warnings: ImportWarning[] }
	| { ok: false; rejection: Rejection }
);

/** The outcomes in input order, and the results to keep: the existing ones then the new ones. */
export interface ImportBatch {
	outcomes: ImportOutcome[];
	results: ImportedResult[];
}

/** Student and attempt as one key: "Léa Martin" and "léa  martin" attempt 1 are the same. */
export function attemptKey(result: ResultCode): string {
	return `${nameKey(result.student)}#${result.attempt}`;
}

/** A finish time after the due date; a date-only due date lasts to the end of that day (UTC). */
function isLate(finished: string, due: string): boolean {
	const end = due.length === 10 ? `${due}T23:59:59.999Z` : due;
	return Date.parse(finished) > Date.parse(end);
}

function warningsFor(assignment: Assignment, result: ResultCode): ImportWarning[] {
	const warnings: ImportWarning[] = [];
	const known = new Set(assignment.questionIds);
	const unknown = Object.keys(result.responses).filter((id) => !known.has(id));
	if (unknown.length > 0) warnings.push({ code: 'unknown-questions', ids: unknown });
	if (assignment.attempts !== null && result.attempt > assignment.attempts) {
		warnings.push({
			code: 'attempt-over-limit',
			attempt: result.attempt,
			limit: assignment.attempts
		});
	}
	if (assignment.due !== null && isLate(result.finished, assignment.due)) {
		warnings.push({ code: 'late', finished: result.finished, due: assignment.due });
	}
	return warnings;
}

/**
 * Imports pasted text and dropped files for one assignment. Each code is checked in turn:
 * readable, for this assignment, not already in `existing` nor earlier in the same batch.
 * Scores are never read from codes (they hold none): grading happens later, from the answers.
 */
export function importResults(
	assignment: Assignment,
	existing: readonly ImportedResult[],
	inputs: readonly ImportInput[]
): ImportBatch {
	const id = assignmentId(assignment);
	const results = [...existing];
	const codes = new Set(results.map((r) => r.code));
	const keys = new Set(results.map((r) => attemptKey(r.result)));
	const outcomes: ImportOutcome[] = [];
	for (const input of inputs) {
		const found = parseResultCodes(input.text);
		if (found.length === 0) {
			const text = input.text.trim().slice(0, 80);
			outcomes.push({ source: input.source, text, ok: false, rejection: { reason: 'no-code' } });
		}
		for (const f of found) {
			const base = { source: input.source, text: f.text };
			const o = f.outcome;
			if (!o.ok) {
				const rejection: Rejection = { reason: 'damaged', error: o.error, detail: o.detail };
				outcomes.push({ ...base, ok: false, rejection });
				continue;
			}
			const { result } = o;
			const key = attemptKey(result);
			const { student, attempt } = result;
			let rejection: Rejection | null = null;
			if (result.assignment !== id) {
				rejection = { reason: 'other-assignment', assignment: result.assignment };
			} else if (codes.has(f.code)) {
				rejection = { reason: 'duplicate', of: 'same-code', student, attempt };
			} else if (keys.has(key)) {
				rejection = { reason: 'duplicate', of: 'same-attempt', student, attempt };
			}
			if (rejection) {
				outcomes.push({ ...base, ok: false, rejection });
				continue;
			}
			const imported = { code: f.code, result };
			results.push(imported);
			codes.add(f.code);
			keys.add(key);
			outcomes.push({ ...base, ok: true, imported, warnings: warningsFor(assignment, result) });
		}
	}
	return { outcomes, results };
}
