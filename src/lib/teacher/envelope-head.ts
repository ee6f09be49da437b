import type { EnvelopeError, Opened } from './envelope';

/**
 * The parts of an envelope that do not depend on how the payload is compressed: the checksum,
 * base64url and the shape `<PREFIX><version>.<payload>.<check>` (see `envelope.ts`). Kept apart
 * so the student's page can open envelopes with the browser's own inflate, without a library.
 */

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
export function toBase64url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text.replace(/-/gu, '+').replace(/_/gu, '/'));
	return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** The 6-character check of a head: compared as text, so its unused bits cannot hide damage. */
function check(head: string): string {
	const n = crc32(head);
	return toBase64url(new Uint8Array([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]));
}

/** The envelope of a compressed payload: `<prefix><version>.<payload>.<check>`. */
export function wrap(prefix: string, version: number, deflated: Uint8Array): string {
	const head = `${prefix}${version}.${toBase64url(deflated)}`;
	return `${head}.${check(head)}`;
}

/** A head read: its version and compressed payload, or why it could not be read. */
export type Unwrapped =
	| { ok: true; version: number; deflated: Uint8Array<ArrayBuffer> }
	| { ok: false; error: EnvelopeError; detail: string };

/**
 * Checks an envelope sealed with `prefix`, ignoring whitespace. The checksum is verified before
 * the version, so a damaged version digit reads as damage rather than as a newer format.
 */
export function unwrap(prefix: string, supported: number, text: string): Unwrapped {
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
		return { ok: true, version, deflated: fromBase64url(m[2]!) };
	} catch (e) {
		return fail('payload', e instanceof Error ? e.message : String(e));
	}
}

/** A failed opening. */
export function fail(error: EnvelopeError, detail: string): Opened & { ok: false } {
	return { ok: false, error, detail };
}
