import type { Opened } from './envelope';
import { fail, unwrap, wrap } from './envelope-head';

/**
 * The envelope of `envelope.ts` read and written with the browser's own raw deflate
 * (CompressionStream, in every current browser and in Node ≥ 20): the student's page then ships
 * no compression library. Asynchronous, as streams are; the output is a valid envelope that
 * `open` reads, and `openStream` reads what `seal` writes.
 */

async function through(
	bytes: Uint8Array<ArrayBuffer>,
	stream: CompressionStream | DecompressionStream
) {
	const out = new Blob([bytes]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Packs `data` (anything JSON can hold) into an envelope, like `seal`. */
export async function sealStream(prefix: string, version: number, data: unknown): Promise<string> {
	const bytes = new TextEncoder().encode(JSON.stringify(data));
	return wrap(prefix, version, await through(bytes, new CompressionStream('deflate-raw')));
}

/** Opens an envelope sealed with `prefix`, like `open`. Never rejects. */
export async function openStream(prefix: string, supported: number, text: string): Promise<Opened> {
	const head = unwrap(prefix, supported, text);
	if (!head.ok) return head;
	try {
		const bytes = await through(head.deflated, new DecompressionStream('deflate-raw'));
		return {
			ok: true,
			version: head.version,
			data: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
		};
	} catch (e) {
		return fail('payload', e instanceof Error ? e.message : String(e));
	}
}
