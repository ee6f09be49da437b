import { describe, expect, test } from 'vitest';
import { clauseOf } from './clause-of';
import { logicGives } from './logic-gives';
import type { EventNode } from './order-graph';
import type { OrderRelation } from './order-relations';
import { usableEvent } from './usable-event';

const node = (text: string, phrase = false): EventNode => ({ text, phrase, spans: [] });
const words = (kind: OrderRelation['kind']): OrderRelation => ({
	article: 'a',
	earlier: { text: '', phrase: false },
	later: { text: '', phrase: false },
	marker: kind === 'cause' ? 'suite à' : 'Avant',
	kind,
	clue: '',
	spans: []
});

describe('logicGives', () => {
	test('words of cause between two different actions give the order away', () => {
		expect(
			logicGives(
				node('La ligue a constaté des chants racistes'),
				node('La ligue a suspendu le club'),
				words('cause')
			)
		).toBe(true);
		expect(
			logicGives(
				node('Le maire a critiqué le projet'),
				node('Le préfet a signé le décret'),
				words('time')
			)
		).toBe(false);
	});
	test('two actors doing the same kind of thing are not cause and effect, whatever the words', () => {
		expect(
			logicGives(
				node('La fermeture du magasin de Lidl', true),
				node('Carrefour a fermé son magasin de Nîmes'),
				words('cause')
			)
		).toBe(false);
	});
	test('a riot, an attack or a disaster against its aftermath gives the order away; two of them do not', () => {
		expect(
			logicGives(
				node('Des supporters ont envahi la pelouse du stade'),
				node('La ligue a pris des sanctions')
			)
		).toBe(true);
		expect(
			logicGives(
				node('Des pluies torrentielles ont inondé Nîmes'),
				node('Un incendie a ravagé Alès')
			)
		).toBe(false);
	});
});

describe('usableEvent', () => {
	test('a founding, a state and a plan are no events to order; a pluperfect reads in the passé composé', () => {
		expect(usableEvent(node('Le club a été fondé'))).toBe(false);
		expect(usableEvent(node('Claude Martin est né à Toulon'))).toBe(false);
		expect(usableEvent(node('Le club était en tête du championnat'))).toBe(false);
		expect(usableEvent(node('Le club était surtout à ses débuts une équipe de quartier'))).toBe(
			false
		);
		expect(usableEvent(node('La mairie prévoit de fermer les piscines'))).toBe(false);
		expect(usableEvent(node('Le président avait critiqué ses choix'))).toBe(true);
		expect(usableEvent(node('Une foule de supporters envahissait le terrain'))).toBe(true);
		expect(usableEvent(node('La décision du tribunal', true))).toBe(true);
	});
});

describe('clauseOf', () => {
	test('a decision reads as a clause in the passé composé; other noun phrases have no clause', () => {
		expect(clauseOf(node('La décision de la SNCF de fermer la ligne', true))).toBe(
			'La SNCF a décidé de fermer la ligne'
		);
		expect(clauseOf(node('la décision prise par Orange de couper le réseau', true))).toBe(
			'Orange a décidé de couper le réseau'
		);
		expect(clauseOf(node('La décision des juges', true))).toBe('Les juges ont pris leur décision');
		expect(clauseOf(node('La victoire du club', true))).toBeNull();
		expect(clauseOf(node('Le président avait critiqué ses choix'))).toBe(
			'Le président a critiqué ses choix'
		);
	});
});
