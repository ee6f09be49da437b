import { sealStream } from './envelope-stream';
import { RESULT_PREFIX, resultWire, type ResultCode } from './result-wire';

/**
 * The code of a result like `encodeResult`, with the browser's own deflate: what the student's
 * page uses, so that it ships no compression library. Rejects on a result the dashboard would
 * refuse.
 */
export async function sealResult(result: ResultCode): Promise<string> {
	return sealStream(RESULT_PREFIX, result.v, resultWire(result));
}
