import { describe, expect, test } from 'vitest';
import { infinitiveOrder } from './infinitive-order';

describe('infinitiveOrder', () => {
	test.each([
		[
			'La mairie a fermé la piscine après avoir trouvé des fissures dans le bassin.',
			'La mairie a trouvé des fissures dans le bassin',
			'La mairie a fermé la piscine',
			'après avoir'
		],
		[
			'Les députés ont voté le texte avant de quitter l’hémicycle.',
			'Les députés ont voté le texte',
			'Les députés ont quitté l’hémicycle',
			'avant de'
		],
		[
			'Après avoir commémoré l’appel du 18 juin, le président a traversé la Manche.',
			'Le président a commémoré l’appel du 18 juin',
			'Le président a traversé la Manche',
			'Après avoir'
		]
	])('%s', (sentence, earlier, later, marker) => {
		expect(infinitiveOrder(sentence)).toEqual({ earlier, later, marker });
	});
	test.each([
		['Il a démissionné après avoir perdu les élections.'],
		['Le ministre a annoncé la réforme avant d’y ajouter des amendements.'],
		['Le maire a quitté la salle avant de se rendre à la préfecture.'],
		['Le joueur est reparti après être arrivé en retard.'],
		['Le club a gagné le match samedi.']
	])('nothing in: %s', (sentence) => {
		expect(infinitiveOrder(sentence)).toBeNull();
	});
});
