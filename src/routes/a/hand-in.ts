import type { ResultCode } from '$lib/teacher/result-wire';
import { resultFile, type ResultFile } from '$lib/teacher/result-file';
import { sealResult } from '$lib/teacher/seal-result';

/**
 * The code and file a student hands in for a finished attempt. Part of the end-of-attempt view
 * (`AttemptEnd.svelte`), which the page loads while the student answers: the first screens need
 * neither.
 */
export async function handIn(
	result: ResultCode,
	title: string
): Promise<{ code: string; file: ResultFile }> {
	const code = await sealResult(result);
	return { code, file: resultFile(result, code, title) };
}
