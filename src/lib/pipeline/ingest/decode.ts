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
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		// Length of the sequence this lead byte announces; 0 for a byte that cannot lead one.
		const length =
			b < 0x80
				? 1
				: b >= 0xc2 && b < 0xe0
					? 2
					: b >= 0xe0 && b < 0xf0
						? 3
						: b >= 0xf0 && b < 0xf5
							? 4
							: 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		i += length;
	}
	return i;
}
