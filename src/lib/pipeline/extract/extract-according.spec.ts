import { describe, expect, test } from 'vitest';
import { extractAccording } from './extract-according';
import { mention, sentence } from './test-sentence';

const claims = (text: string, name: string) =>
	extractAccording(sentence(text), [mention(text, name)]).map((f) => [f.how, f.claim]);

describe('extractAccording', () => {
	test.each([
		[
			"Selon l'experte Tatiana Stanovaïa, c'est effectivement le moment pour M. Navalny de garder ses forces pour un autre combat.",
			'Tatiana Stanovaïa',
			'selon',
			"c'est le moment pour M. Navalny de garder ses forces pour un autre combat"
		],
		[
			'Pour José Bové, l\'emballage du bleu incriminé ressemble "comme deux gouttes d\'eau" à celui du roquefort Société.',
			'José Bové',
			'pour',
			'l\'emballage du bleu incriminé ressemble "comme deux gouttes d\'eau" à celui du roquefort Société'
		],
		[
			"Pour David Sherman, analyste au centre de réflexion New America, il s'agit de la première attaque meurtrière sur le sol américain menée aussi étroitement avec Al-Qaïda depuis 2001.",
			'David Sherman',
			'pour',
			"il s'agit de la première attaque meurtrière sur le sol américain menée aussi étroitement avec Al-Qaïda depuis 2001"
		],
		[
			'Mais les pièces se jouent malgré tout à perte dans les petits théâtres, selon M. Nakamori.',
			'Nakamori',
			'selon',
			'les pièces se jouent malgré tout à perte dans les petits théâtres'
		],
		[
			'Selon le CEO, John Matze, les géants du numérique ont travaillé ensemble contre la concurrence.',
			'John Matze',
			'selon',
			'les géants du numérique ont travaillé ensemble contre la concurrence'
		]
	])('%s', (text, name, how, claim) => {
		expect(claims(text, name)).toEqual([[how, claim]]);
	});
	test.each([
		// A demonstrative in the claim.
		[
			"D'après Bill Barr, les données recueillies dans les téléphones ont servi dans cette intervention.",
			'Bill Barr'
		],
		// The claim is too short, or quotation marks the wrong way round.
		['Selon Google, Parler est dangereux.', 'Google'],
		[
			'Selon le CEO, John Matze, les GAFAM » ont travaillé ensemble pour éviter la compétition « .',
			'John Matze'
		],
		// The name is no source: `selon` does not open the sentence, or `Pour` is a purpose.
		[
			'Le bleu de brebis estampillé Société fait concurrence au roquefort selon José Bové et les producteurs.',
			'José Bové'
		],
		[
			'Pour relancer Parler, John Matze a promis de reconstruire le service en une semaine.',
			'John Matze'
		],
		// `nous`: someone's own words without quotation marks.
		[
			'Selon Carlos Mena, nous allons devoir trouver de nouveaux financements pour la science.',
			'Carlos Mena'
		]
	])('yields nothing: %s', (text, name) => {
		expect(claims(text, name)).toEqual([]);
	});
});
