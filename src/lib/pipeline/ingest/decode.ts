import { IngestError } from './errors';

/** Largest input accepted: a long feature is ~100 KB; 5 MB is a wrong file, not an article. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * Turns the bytes of an input file into text, refusing what is not an article's text:
 * empty, binary, not UTF-8, or absurdly large.
 */
export function decode(file: string, bytes: Uint8Array): string {
	if (bytes.length > MAX_INPUT_BYTES) {
		const mb = (bytes.length / 1024 / 1024).toFixed(1);
		throw new IngestError(file, 'too-large', `file is ${mb} MB; an article is at most 5 MB`);
	}
	const head = bytes.subarray(0, 8192);
	if (head.includes(0) || controlRatio(head) > 0.05) {
		throw new IngestError(file, 'binary', 'looks like a binary file, not text');
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		throw new IngestError(
			file,
			'not-utf8',
			`is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`
		);
	}
	if (text.replace(/^\uFEFF/u, '').trim() === '') {
		throw new IngestError(file, 'empty', 'is empty (no text in it)');
	}
	return text;
}

/** Share of control bytes other than tab, line feed and carriage return. */
function controlRatio(bytes: Uint8Array): number {
	if (bytes.length === 0) return 0;
	let n = 0;
	for (const b of bytes) if (b < 32 && b !== 9 && b !== 10 && b !== 13) n++;
	return n / bytes.length;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let lo = 0;
	let hi = bytes.length;
	// Binary search on the longest valid prefix; a prefix may end mid-character, so allow 3 bytes.
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (validPrefix(decoder, bytes, mid)) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

function validPrefix(decoder: TextDecoder, bytes: Uint8Array, length: number): boolean {
	for (let cut = 0; cut <= 3 && cut <= length; cut++) {
		try {
			decoder.decode(bytes.subarray(0, length - cut));
			return true;
		} catch {
			// try a shorter prefix: the cut may fall inside a multi-byte character
		}
	}
	return false;
}
