import type { ResultCode } from '$lib/teacher/result-wire';
import { resultFile, type ResultFile } from '$lib/teacher/result-file';
import { sealResult } from '$lib/teacher/seal-result';

export { default as HandIn } from './HandIn.svelte';

/**
 * The code and file a student hands in for a finished attempt. Loaded by the page only when an
 * attempt ends, with the panel that shows them: the first screens need neither.
 */
export async function handIn(
	result: ResultCode,
	title: string
): Promise<{ code: string; file: ResultFile }> {
	const code = await sealResult(result);
	return { code, file: resultFile(result, code, title) };
}
