import { describe, expect, test } from 'vitest';
import { cleanEvent } from './clean-event';
import { perfect } from './passe-compose';

describe('cleanEvent', () => {
	test.each([
		[
			'Précédemment, la mairie avait également fermé la piscine municipale',
			'La mairie avait fermé la piscine municipale'
		],
		[
			'Pour rappel, Kiwi est une messagerie lancée et présentée comme un espace de liberté',
			'Kiwi a été lancée'
		],
		[
			'Une foule de supporters envahissaient le terrain pour protester contre l’arbitre',
			'Une foule de supporters envahissait le terrain'
		],
		['Suite à cet incident, ayant entraîné la fermeture du stade, le club a été sanctionné', null],
		[
			'De nombreux habitants se sont en effet réfugiés dans le gymnase, qui était resté ouvert',
			'De nombreux habitants se sont réfugiés dans le gymnase'
		],
		[
			'D’autres clubs comme Lens ou Brest ont aussi suspendu leurs entraînements',
			'Des clubs comme Lens ou Brest ont suspendu leurs entraînements'
		],
		[
			'Lyon et Lille ont pris des mesures similaires, fermant leurs écoles jusqu’à nouvel ordre',
			'Lyon et Lille ont fermé leurs écoles jusqu’à nouvel ordre'
		],
		['Lyon et Lille ont pris des mesures similaires, prenant leurs précautions', null],
		[
			'Les ménages se sont, pour la première fois depuis dix ans, véritablement appauvris',
			'Les ménages se sont appauvris'
		],
		[
			'La production a véritablement démarré dans un laboratoire de Lyon',
			'La production a démarré dans un laboratoire de Lyon'
		],
		['Plusieurs heures avant le ministre, la députée avait été libérée sous caution', null],
		['Le lendemain, Marseille imita Nantes', null],
		['La mairie de Lille a emboîté le pas à Rennes', null],
		[
			'Lille a imité Rennes et fermé ses piscines municipales',
			'Lille a imité Rennes et fermé ses piscines municipales'
		],
		['Libéral assumé, successivement UDF puis UMP, le député avait été élu maire', null],
		[
			'Le collège prévoit de bloquer Kiwi, la messagerie prisée des élèves, ce qui devrait calmer les esprits',
			'Le collège prévoit de bloquer Kiwi'
		],
		['Au total, 158 personnes ont été interpellées', '158 personnes ont été interpellées'],
		[
			'Le club a été créé en 2015 mais a attiré l’attention des investisseurs au printemps',
			'Le club a attiré l’attention des investisseurs au printemps'
		],
		[
			'Le 14 juillet 2020, des milliers de manifestants envahissaient la place',
			'Des milliers de manifestants envahissaient la place'
		],
		[
			'Samedi, Kiwi était encore la messagerie la plus téléchargée du pays',
			'Kiwi était la messagerie la plus téléchargée du pays'
		],
		[
			'Le maire a fermé le centre de «dialogue citoyen» de la ville',
			'Le maire a fermé le centre de “dialogue citoyen” de la ville'
		],
		['Le maire a dit "nous ne fermerons jamais ce centre de la ville" aux habitants', null]
	])('%s', (clause, want) => {
		expect(cleanEvent(clause)).toBe(want);
	});
	test('a demonstrative takes the name the text gave it, or the event is dropped', () => {
		const before = 'Les élèves utilisent la messagerie Kiwi. Ils aiment cette appli. ';
		expect(cleanEvent('Le collège a interdit cette messagerie dans ses murs', before)).toBe(
			'Le collège a interdit la messagerie Kiwi dans ses murs'
		);
		expect(cleanEvent('Le collège a interdit cette application dans ses murs', before)).toBeNull();
	});
	test('pronoun subjects and comparisons with nothing to compare yield nothing', () => {
		expect(cleanEvent('Il a été élu maire de la ville')).toBeNull();
		expect(cleanEvent('Les deux ministres ont pris des décisions similaires')).toBeNull();
		expect(cleanEvent('Son compte a été suspendu')).toBeNull();
		expect(cleanEvent('Samedi, le géant internet a décidé de retirer le jeu')).toBeNull();
		expect(cleanEvent('Samedi, le géant internet a décidé de retirer le jeu', '', 'Valve')).toBe(
			'Valve a décidé de retirer le jeu'
		);
	});
	test('a day inside the clause goes, an inversion after `Aussi` reads plainly, a start date trails off', () => {
		expect(cleanEvent('Le maire a démissionné jeudi soir')).toBe('Le maire a démissionné');
		expect(cleanEvent('Le maire a parlé de la réunion de jeudi')).toBe(
			'Le maire a parlé de la réunion de jeudi'
		);
		expect(cleanEvent('Aussi Orange a-t-il décidé de couper le réseau à partir de lundi')).toBe(
			'Orange a décidé de couper le réseau'
		);
		expect(cleanEvent('Valve a suivi son exemple samedi')).toBeNull();
	});
});

describe('perfect', () => {
	test.each([
		['Lyon et Lille avaient fermé leurs écoles', 'Lyon et Lille ont fermé leurs écoles'],
		['Marseille imita Nantes', 'Marseille a imité Nantes'],
		[
			'Une foule de supporters prenait d’assaut le stade',
			'Une foule de supporters a pris d’assaut le stade'
		],
		['Des manifestants bloquaient la route', 'Des manifestants ont bloqué la route'],
		[
			'Kiwi était la messagerie la plus téléchargée',
			'Kiwi était la messagerie la plus téléchargée'
		],
		['Les élèves finissaient leurs examens', 'Les élèves ont fini leurs examens'],
		[
			'Une foule de supporters envahissait le terrain',
			'Une foule de supporters a envahi le terrain'
		],
		['Les lecteurs connaissaient la fin', 'Les lecteurs connaissaient la fin'],
		['Le club était surtout une équipe de quartier', 'Le club était surtout une équipe de quartier']
	])('%s', (clause, want) => expect(perfect(clause)).toBe(want));
});
