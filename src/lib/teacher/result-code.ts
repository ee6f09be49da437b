import { open, seal } from './envelope';
import {
	RESULT_PREFIX,
	resultFromOpened,
	resultWire,
	type DecodedResult,
	type ResultCode
} from './result-wire';

export { RESULT_PREFIX, type DecodedResult, type ResultCode } from './result-wire';

/**
 * The compact, pastable code of a result: `RCP1.<payload>.<check>`, letters, digits, `-`, `_`
 * and two dots only. Throws on a result the dashboard would refuse (empty or overlong name,
 * attempt below 1, malformed assignment id).
 */
export function encodeResult(result: ResultCode): string {
	return seal(RESULT_PREFIX, result.v, resultWire(result));
}

/** Reads one result code, whitespace and line breaks ignored. Never throws. */
export function decodeResult(code: string): DecodedResult {
	return resultFromOpened(open(RESULT_PREFIX, 1, code));
}
