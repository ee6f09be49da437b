import { describe, expect, test } from 'vitest';
import { extractSources } from './extract-sources';
import { sentence } from './test-sentence';

describe('extractSources', () => {
	test.each([
		[
			'La missive, publiée dans un premier temps par BuzzFeed, a été confirmée.',
			'published-by',
			'BuzzFeed'
		],
		[
			'Dans une interview accordée à Fox News, le PDG a déclaré que tout allait bien.',
			'interview',
			'Fox News'
		],
		[
			"Selon Google, l'appli a été utilisée pour lancer des appels à la violence.",
			'according-to',
			'Google'
		],
		[
			"La pandémie a fait 309.000 morts, selon un bilan établi par l'AFP à partir de sources officielles.",
			'according-to',
			"l'AFP"
		],
		['"Nous sommes en difficulté", explique à l\'AFP le musicien.', 'told-to', "l'AFP"],
		[
			"Le tabloïd s'est vendu en masse, a constaté un journaliste de l'AFP.",
			'witnessed-by',
			"l'AFP"
		],
		['La tendance est nette, selon M. Sherman.', 'according-to', 'M. Sherman']
	])('%s', (text, kind, name) => {
		const [f] = extractSources(sentence(text));
		expect([f?.source, f?.name]).toEqual([kind, name]);
	});
	test('a role and the name in apposition make one source', () => {
		const [f] = extractSources(
			sentence('Selon le CEO, John Matze, les géants ont travaillé ensemble contre lui.')
		);
		expect([f?.marker, f?.name, f?.complete]).toEqual([
			'Selon le CEO, John Matze',
			'John Matze',
			true
		]);
	});
	test('a source phrase cut short is not complete', () => {
		const cut = extractSources(
			sentence(
				'Le secteur a perdu 200 millions, selon la Chambre provinciale du tourisme des Galapagos.'
			)
		);
		expect(cut.map((f) => [f.name, f.complete, f.nameWhole])).toEqual([
			['la Chambre', true, false]
		]);
		const whole = extractSources(sentence('Bul Bio détient 20% de ce marché, selon M. Kofinov.'));
		expect(whole.map((f) => [f.marker, f.complete])).toEqual([['selon M. Kofinov', true]]);
	});
	test('a press release has no name', () => {
		expect(
			extractSources(sentence('Le ministère va agir, a annoncé le ministre dans un communiqué.'))
		).toMatchObject([{ source: 'press-release', name: null, marker: 'dans un communiqué' }]);
	});
	test.each([
		['Parler a été fondée en 2018 et a attiré de nombreux utilisateurs.'],
		['La sélection a été publiée en retard.'],
		['Le groupe a livré des colis à la presse.']
	])('no source in: %s', (text) => {
		expect(extractSources(sentence(text))).toEqual([]);
	});
});
