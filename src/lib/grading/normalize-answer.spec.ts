import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeAnswer } from './normalize-answer';

describe('normalizeAnswer', () => {
	test.each([
		// case, French locale
		['ÉTATS-UNIS', 'états unis'],
		['Apple', 'apple'],
		// Unicode forms: a decomposed é (e + U+0301) is the composed é
		['te\u0301le\u0301charge\u0301e', 'téléchargée'],
		['１５', '15'],
		['1ᵉʳ mai', '1er mai'],
		// apostrophes
		['aujourd’hui', "aujourd'hui"],
		['aujourdʼhui', "aujourd'hui"],
		['aujourd‘hui', "aujourd'hui"],
		['aujourd‛hui', "aujourd'hui"],
		['aujourd`hui', "aujourd'hui"],
		['aujourd ’ hui', "aujourd'hui"],
		// quotes and the spaces inside them
		['« Parler »', 'parler'],
		['«\u00a0Parler\u00a0»', 'parler'],
		['“Parler”', 'parler'],
		['"Parler"', 'parler'],
		['le réseau «\u202fParler\u202f» ferme', 'réseau parler ferme'],
		// spaces of every kind
		['15\u00a0000', '15 000'],
		['15\u202f000', '15 000'],
		['  John \t  Matze \n', 'john matze'],
		['John\u2009Matze', 'john matze'],
		['Jo\u200bhn', 'john'],
		// hyphens and dashes as spaces
		['quatre-vingt-dix-huit', 'quatre vingt dix huit'],
		['quatre‐vingt‑dix–huit', 'quatre vingt dix huit'],
		['Jean—Luc', 'jean luc'],
		['COVID-19', 'covid 19'],
		// but a minus before a number stays
		['-5', '-5'],
		['−5', '-5'],
		// final punctuation
		['98.', '98'],
		['lundi !', 'lundi'],
		['Matze ?', 'matze'],
		['vraiment…', 'vraiment'],
		["'Parler'", 'parler'],
		// inner punctuation stays
		['2,5', '2,5'],
		['15.000', '15.000'],
		// ligatures
		['Sœur', 'soeur'],
		['Ægis', 'aegis']
	])('%j → %j', (input, text) => {
		expect(normalizeAnswer(input).text).toBe(text);
	});

	test.each([
		['la Maison Blanche', 'maison blanche', 'la'],
		['Le Monde', 'monde', 'le'],
		['les Républicains', 'républicains', 'les'],
		["l'Élysée", 'élysée', "l'"],
		['L’Élysée', 'élysée', "l'"],
		["l' Élysée", 'élysée', "l'"],
		['un réseau social', 'réseau social', 'un'],
		['une application', 'application', 'une'],
		['des manifestants', 'manifestants', 'des'],
		['les les chats', 'chats', 'les les']
	])('%j loses its article: %j (%j)', (input, text, article) => {
		const n = normalizeAnswer(input);
		expect(n.text).toBe(text);
		expect(n.article).toBe(article);
		expect(n.full).toBe(
			input === "l' Élysée" || input === 'L’Élysée' ? "l'élysée" : input.toLocaleLowerCase('fr')
		);
	});

	test.each([['la'], ['un'], ['Les'], ["l'"], ['lapin'], ['leçon'], ['unique'], ['desserts']])(
		'%j keeps its first word',
		(input) => {
			expect(normalizeAnswer(input).article).toBe('');
		}
	);

	test('a word alone is not an article to remove: "un" stays a number', () => {
		expect(normalizeAnswer('un')).toEqual({ full: 'un', text: 'un', article: '' });
	});

	test('blank answers give nothing', () => {
		expect(normalizeAnswer(' \u00a0\t« » . ').full).toBe('');
		expect(normalizeAnswer('').full).toBe('');
	});

	test('never throws on what is not a string', () => {
		expect(normalizeAnswer(undefined as unknown as string).full).toBe('');
		expect(normalizeAnswer(42 as unknown as string).full).toBe('');
	});

	const tricky = fc.constantFrom(
		...'’\'ʼ‘‛`´«»“”"\u00a0\u202f\t\n -‐‑–—−.,;:!?…éÉe\u0301\u0300œÆİıß1ᵉʳ０lea uns\u200b\u00ad'.split(
			''
		)
	);
	const strings = fc.oneof(
		fc.string({ unit: 'binary' }),
		fc.string({ unit: 'grapheme' }),
		fc.string({ unit: tricky }),
		fc.string({
			unit: fc.oneof(tricky, fc.constantFrom('le ', 'la ', "l'", 'les ', 'un ', 'une '))
		})
	);

	test('is idempotent and never throws, whatever the string', () => {
		fc.assert(
			fc.property(strings, (s) => {
				const once = normalizeAnswer(s);
				expect(normalizeAnswer(once.full).full).toBe(once.full);
				expect(normalizeAnswer(once.text).text).toBe(once.text);
				expect(normalizeAnswer(once.text).article).toBe('');
			}),
			{ numRuns: 5000 }
		);
	});
});
