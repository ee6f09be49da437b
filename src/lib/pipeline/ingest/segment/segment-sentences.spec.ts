import { describe, expect, test } from 'vitest';
import { segmentSentences } from './segment-sentences';

const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
	test.each([
		[
			'La fermeture des canaux a conduit M. Trump et ses partisans vers Parler. Le choix a coûté cher.',
			[
				'La fermeture des canaux a conduit M. Trump et ses partisans vers Parler.',
				'Le choix a coûté cher.'
			]
		],
		[
			'Le procès vise Cyrille P. pour escroquerie. Il conteste.',
			['Le procès vise Cyrille P. pour escroquerie.', 'Il conteste.']
		],
		[
			"Amazon a suspendu le compte à partir de 08H00 GMT lundi. Ils étaient 15.000 à s'inscrire.",
			[
				'Amazon a suspendu le compte à partir de 08H00 GMT lundi.',
				"Ils étaient 15.000 à s'inscrire."
			]
		],
		[
			'« Nous allons faire de notre mieux. » Matze a ensuite raccroché.',
			['« Nous allons faire de notre mieux. »', 'Matze a ensuite raccroché.']
		],
		[
			'Selon le CEO, les GAFAM » ont travaillé ensemble « . Le chef assure le contraire.',
			['Selon le CEO, les GAFAM » ont travaillé ensemble « .', 'Le chef assure le contraire.']
		],
		[
			'"C\'est scandaleux !", s\'est indigné le maire. Il a porté plainte.',
			['"C\'est scandaleux !", s\'est indigné le maire.', 'Il a porté plainte.']
		],
		[
			'Il sera de retour après avoir été recréé de A à Z. Les utilisateurs attendent.',
			['Il sera de retour après avoir été recréé de A à Z.', 'Les utilisateurs attendent.']
		]
	])('%s', (text, expected) => {
		expect(sentences(text)).toEqual(expected);
	});

	test('returns spans without surrounding spaces that never overlap', () => {
		const text = '  Première phrase.   Deuxième phrase ?  Troisième !  ';
		const spans = segmentSentences(text);
		expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
			'Première phrase.',
			'Deuxième phrase ?',
			'Troisième !'
		]);
		for (let i = 1; i < spans.length; i++)
			expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
	});

	test('finds nothing in an empty or blank paragraph', () => {
		expect(segmentSentences('')).toEqual([]);
		expect(segmentSentences('   ')).toEqual([]);
	});
});
