import {
	decodeResult,
	encodeResult,
	RESULT_PREFIX,
	type DecodedResult,
	type ResultCode
} from './result-code';
import { resultFile as fileWith, type ResultFile } from './result-file';

export type { ResultFile } from './result-file';

/**
 * Result codes inside free text: a message holding several codes, an LMS export, the content of
 * dropped files. Mail clients break long lines and add words around codes; what matters is the
 * `RCP<version>.` marker, the base64url characters after it and the 6-character check.
 */

/** One code found in a text, and what reading it gave. */
export interface FoundCode {
	/** The code as found, line breaks included, for showing next to its message. */
	text: string;
	/** Where it starts in the searched text. */
	index: number;
	/** The code without whitespace: equal for the same code pasted twice. */
	code: string;
	outcome: DecodedResult;
}

const MARKER = new RegExp(`${RESULT_PREFIX}\\d{1,3}\\.`, 'gu');
const CHAR = /[A-Za-z0-9_-]/u;
const SPACE = /\s/u;

/** End (exclusive) of the code starting at `start`: payload, a dot, then 6 check characters. */
function codeEnd(text: string, start: number): number {
	let i = start;
	let checkChars = -1;
	while (i < text.length && checkChars < 6) {
		const ch = text[i]!;
		if (ch === '.' && checkChars === -1) checkChars = 0;
		else if (CHAR.test(ch)) checkChars += checkChars >= 0 ? 1 : 0;
		else if (!SPACE.test(ch)) break;
		i++;
	}
	return i;
}

/**
 * Every result code in `text`, in order, each with its own outcome. Anything may separate
 * codes (spaces, commas, words, line breaks); a damaged code is reported, never skipped, so
 * the teacher sees that something was pasted and could not be read.
 */
export function parseResultCodes(text: string): FoundCode[] {
	const starts = [...text.matchAll(MARKER)].map((m) => ({ at: m.index, length: m[0].length }));
	return starts.map(({ at, length }, k): FoundCode => {
		// A cut code must not swallow the next one through the line break between them.
		const limit = starts[k + 1]?.at ?? text.length;
		const raw = text.slice(at, Math.min(codeEnd(text, at + length), limit)).trimEnd();
		const code = raw.replace(/\s+/gu, '');
		return { text: raw, index: at, code, outcome: decodeResult(code) };
	});
}

/**
 * The file a student downloads (see `result-file.ts`), its code made here: `title` is the
 * assignment's title, when the caller has it.
 */
export function resultFile(result: ResultCode, title?: string): ResultFile {
	return fileWith(result, encodeResult(result), title);
}
