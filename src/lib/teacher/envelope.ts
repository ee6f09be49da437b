import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * The envelope shared by assignment links and result codes: `<PREFIX><version>.<payload>.<check>`,
 * where payload is JSON → raw deflate → base64url and check is the CRC-32 of everything before
 * it, as 6 base64url characters. Only `A–Z a–z 0–9 - _ .` appear, so an envelope is safe in a URL
 * fragment, survives copy and paste, and a mail client may break it across lines (whitespace is
 * ignored when reading).
 */

/** Why an envelope could not be read. The interface explains each code in both languages. */
export type EnvelopeError =
	/** Not shaped like an envelope of this kind (prefix, separators or characters missing). */
	| 'format'
	/** The characters do not match their checksum: the text was damaged or cut. */
	| 'checksum'
	/** Intact, but written by another version of Recoupe than this one can read. */
	| 'version'
	/** Checksum right, but the content does not inflate or is not the expected data. */
	| 'payload';

/** Why a link or code could not be read: the envelope's errors, or `content` for valid data of the wrong shape. */
export type DecodeError = EnvelopeError | 'content';

/** The outcome of opening an envelope. */
export type Opened =
	| { ok: true; version: number; data: unknown }
	| { ok: false; error: EnvelopeError; detail: string };

/** Longest envelope read, so that a pasted novel or a crafted code cannot exhaust memory. */
export const MAX_ENVELOPE_LENGTH = 20_000;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (IEEE) of an ASCII string: detects every change of up to 32 consecutive bits. */
function crc32(text: string): number {
	let c = 0xffffffff;
	for (let i = 0; i < text.length; i++) c = CRC_TABLE[(c ^ text.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** Bytes → base64url without padding; btoa and atob exist in browsers and in Node ≥ 16. */
function toBase64url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

function fromBase64url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/gu, '+').replace(/_/gu, '/'));
	return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** The 6-character check of a head: compared as text, so its unused bits cannot hide damage. */
function check(head: string): string {
	const n = crc32(head);
	return toBase64url(new Uint8Array([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]));
}

/** Packs `data` (anything JSON can hold) into an envelope: `seal('RCP', 1, {...})`. */
export function seal(prefix: string, version: number, data: unknown): string {
	const payload = toBase64url(deflateSync(strToU8(JSON.stringify(data)), { level: 9 }));
	const head = `${prefix}${version}.${payload}`;
	return `${head}.${check(head)}`;
}

/**
 * Opens an envelope sealed with `prefix`, ignoring whitespace. The checksum is verified before
 * the version, so a damaged version digit reads as damage rather than as a newer format.
 */
export function open(prefix: string, supported: number, text: string): Opened {
	const compact = text.replace(/\s+/gu, '');
	if (compact.length > MAX_ENVELOPE_LENGTH) return fail('format', 'too long');
	const m = new RegExp(`^${prefix}(\\d{1,3})\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]{6})$`, 'u').exec(
		compact
	);
	if (!m) return fail('format', `not a ${prefix} envelope`);
	const head = `${prefix}${m[1]}.${m[2]}`;
	if (check(head) !== m[3]) return fail('checksum', 'checksum mismatch');
	const version = Number(m[1]);
	if (version !== supported) return fail('version', `version ${version}, expected ${supported}`);
	try {
		return { ok: true, version, data: JSON.parse(strFromU8(inflateSync(fromBase64url(m[2]!)))) };
	} catch (e) {
		return fail('payload', e instanceof Error ? e.message : String(e));
	}
}

function fail(error: EnvelopeError, detail: string): Opened {
	return { ok: false, error, detail };
}
