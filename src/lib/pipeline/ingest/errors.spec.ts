import { describe, expect, test } from 'vitest';
import { IngestError } from './errors';
import { ingest } from './ingest';

const FRENCH =
	'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans. Les travaux doivent commencer au printemps et durer dix-huit mois, selon le maire.';

function problem(name: string, bytes: Uint8Array): [string, string] {
	try {
		ingest({ name, bytes });
	} catch (e) {
		expect(e).toBeInstanceOf(IngestError);
		return [(e as IngestError).problem, (e as IngestError).message];
	}
	throw new Error('expected an IngestError');
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('bad input gets a clear error naming the file and the problem', () => {
	test.each([
		['vide.txt', utf8(''), 'empty', /vide\.txt: is empty/u],
		['blanc.txt', utf8('  \n\t\n  '), 'empty', /blanc\.txt: is empty/u],
		[
			'image.txt',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 73, 72, 68, 82]),
			'binary',
			/binary/u
		],
		[
			'latin1.txt',
			new Uint8Array([...utf8('Le maire a d'), 0xe9, ...utf8('clar')]),
			'not-utf8',
			/not valid UTF-8 \(first bad byte at offset 12\)/u
		],
		[
			'english.txt',
			utf8(
				'The city council voted on Tuesday to renovate the swimming pool, which has been closed for two years. Work is due to start in spring.'
			),
			'not-french',
			/not a French article \(it looks like English\)/u
		],
		['enorme.txt', new Uint8Array(6 * 1024 * 1024).fill(0x61), 'too-large', /6\.0 MB/u],
		['page.json', utf8('{"title": "Sans corps"}'), 'unreadable-format', /without an "article"/u],
		['casse.json', utf8('{"article": '), 'unreadable-format', /not valid JSON/u],
		['pied.txt', utf8('Newsletter\n\nCliquez pour commenter'), 'no-text', /no article text left/u]
	])('%s', (name, bytes, expected, message) => {
		const [kind, text] = problem(name, bytes);
		expect(kind).toBe(expected);
		expect(text).toMatch(message);
		expect(text.startsWith(`${name}: `)).toBe(true);
	});

	test('a good French article goes through', () => {
		expect(ingest({ name: 'piscine.txt', bytes: utf8(FRENCH) }).sentences).toHaveLength(2);
	});
});
