import type { Response } from '$lib/grading/types';
import type { ResultCode } from '$lib/teacher/result-wire';
import type { AttemptRecord } from './assignment-run';

/** The result a student hands in for one finished attempt: only answered questions. */
export function resultOf(
	assignment: string,
	record: AttemptRecord & { finished: string },
	attempt: number,
	responses: Readonly<Partial<Record<string, Response>>>
): ResultCode {
	const given = Object.entries(responses).filter((e): e is [string, Response] => !!e[1]);
	return {
		v: 1,
		assignment,
		student: record.student,
		attempt,
		responses: Object.fromEntries(given),
		started: record.started,
		finished: record.finished
	};
}
