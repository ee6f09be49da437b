import { describe, expect, test } from 'vitest';
import type { CleanArticle } from '../../types';
import type { EventNode } from './order-graph';
import { copiesArticle, isPlan, pairKey, titleGivesOrder } from './pair-filters';

const node = (text: string, phrase = false): EventNode => ({ text, phrase, spans: [] });
const article = (title: string | null, text: string) => ({ title, text }) as CleanArticle;

describe('pair filters', () => {
	test('a plan or a future is no event that happened', () => {
		expect(isPlan(node('La mairie prévoit de fermer les piscines'))).toBe(true);
		expect(isPlan(node('Le club fermera son stade'))).toBe(true);
		expect(isPlan(node('La mairie a fermé les piscines'))).toBe(false);
		expect(isPlan(node('La fermeture des écoles', true))).toBe(false);
	});

	test('a title with an order word and both actors gives the order away', () => {
		const a = article('Après Lyon et Lille, Paris ferme ses écoles', '');
		expect(titleGivesOrder(a, node('Lyon et Lille', true), node('Paris ferme ses écoles'))).toBe(
			true
		);
		const b = article('Paris ferme ses écoles', '');
		expect(titleGivesOrder(b, node('Lyon et Lille', true), node('Paris ferme ses écoles'))).toBe(
			false
		);
	});

	test('a statement the article holds word for word is a copy', () => {
		const a = article(
			null,
			'Le club a été fondé en 1920 mais a gagné le titre après la victoire de Lens en finale.'
		);
		expect(copiesArticle(a, 'Le club a gagné le titre après la victoire de Lens en finale.')).toBe(
			true
		);
		expect(copiesArticle(a, 'La victoire de Lens en finale, puis le club a gagné le titre.')).toBe(
			false
		);
	});

	test('one key for one pair of actors, whatever the wording and order', () => {
		const k1 = pairKey(node('La décision de Lens', true), node('Le club de Brest a protesté'));
		const k2 = pairKey(node('Brest a fait appel'), node('Le choix fait par Lens', true));
		expect(k1).toBe('Brest|Lens');
		expect(k2).toBe(k1);
		expect(pairKey(node('la pluie est tombée'), node('Brest a fait appel'))).toBeNull();
	});
});
