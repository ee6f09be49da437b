import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize } from './normalize';
import { ingest } from './ingest';
import { IngestError } from './errors';

describe('normalize', () => {
	test('composes accents, unifies line endings and spaces, drops invisible characters', () => {
		const raw = '\uFEFFL’appli\u00A0» Parler «\u202F!\r\nE\u0301te\u0301\u200B  chaud\t\r\n\r\n';
		expect(normalize(raw)).toBe('L’appli » Parler « !\nÉté chaud');
	});
	test('is idempotent and never throws', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				const once = normalize(s);
				expect(normalize(once)).toBe(once);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('ingest on arbitrary input', () => {
	test('either returns an article whose offsets hold, or throws an IngestError', () => {
		const words = fc.constantFrom(
			'Le',
			'maire',
			'a',
			'déclaré',
			'M.',
			'«',
			'»',
			'"',
			'Newsletter',
			'\n',
			'\n\n',
			'.',
			'juillet.Après',
			'TrumpLe',
			'Sommaire',
			'08H00',
			'15.000',
			'?',
			'!',
			'- Titre -',
			'de',
			'la',
			'les',
			'et',
			'Via BBC'
		);
		fc.assert(
			fc.property(fc.array(words, { maxLength: 80 }), (parts) => {
				const text = parts.join(' ');
				try {
					const a = ingest({ name: 'x.txt', bytes: new TextEncoder().encode(text) });
					for (const s of a.sentences) expect(a.text.slice(s.start, s.end).trim()).not.toBe('');
				} catch (e) {
					expect(e).toBeInstanceOf(IngestError);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
