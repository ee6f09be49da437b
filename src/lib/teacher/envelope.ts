import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { fail, unwrap, wrap } from './envelope-head';

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
export { MAX_ENVELOPE_LENGTH } from './envelope-head';

/** Packs `data` (anything JSON can hold) into an envelope: `seal('RCP', 1, {...})`. */
export function seal(prefix: string, version: number, data: unknown): string {
	return wrap(prefix, version, deflateSync(strToU8(JSON.stringify(data)), { level: 9 }));
}

/**
 * Opens an envelope sealed with `prefix`, ignoring whitespace. The checksum is verified before
 * the version, so a damaged version digit reads as damage rather than as a newer format.
 */
export function open(prefix: string, supported: number, text: string): Opened {
	const head = unwrap(prefix, supported, text);
	if (!head.ok) return head;
	try {
		return {
			ok: true,
			version: head.version,
			data: JSON.parse(strFromU8(inflateSync(head.deflated)))
		};
	} catch (e) {
		return fail('payload', e instanceof Error ? e.message : String(e));
	}
}
