import { describe, expect, test } from 'vitest';
import type { CleanArticle } from '../../types';
import type { EventNode } from './order-graph';
import { acronyms, actorsOf } from './actors';
import { copiesArticle, isPlan, titleGivesOrder } from './pair-filters';
import { sameEvent, samePair } from './same-event';

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
		const b = article(
			null,
			'Les supporters se sont en effet rués sur le terrain suite à la victoire.'
		);
		expect(copiesArticle(b, 'Les supporters se sont rués sur le terrain après la victoire.')).toBe(
			true
		);
	});

	test('the actors of an event: its first names and those coordinated to them', () => {
		expect(actorsOf(node('Lyon et Lille ont fermé leurs écoles'))).toEqual(['Lille', 'Lyon']);
		expect(actorsOf(node('Les supporters se sont rués vers Lens ou Brest après le match'))).toEqual(
			['Brest', 'Lens']
		);
		expect(actorsOf(node('La décision de la SNCF de fermer la ligne', true))).toEqual(['SNCF']);
		expect(actorsOf(node('la pluie est tombée'))).toEqual([]);
	});
	test('`Long Name (ACR)` makes the acronym another name of the long one', () => {
		const acr = acronyms(['Le Programme alimentaire mondial (PAM) a suspendu ses livraisons']);
		const canon = (n: string) => acr.get(n) ?? n;
		expect(
			actorsOf(node('Le Programme alimentaire mondial (PAM) a suspendu ses livraisons'))
		).toEqual(['PAM']);
		expect(actorsOf(node('La décision du PAM de reprendre les livraisons', true), canon)).toEqual([
			'PAM'
		]);
		expect(
			actorsOf(node('Le Programme alimentaire mondial a repris ses livraisons'), canon)
		).toEqual(['PAM']);
		expect(actorsOf(node('Électricité de France (EDF) a relevé ses tarifs'))).toEqual(['EDF']);
		// No word of the acronym's first letter before it: the brackets are left alone.
		expect(actorsOf(node('Le club de Lyon (OL) a gagné'))).toEqual(['Lyon']);
	});
	test('one pair of events, whichever article words it, is asked once', () => {
		const ev = (text: string) => ({ text, actors: actorsOf(node(text)) });
		const lens = ev('La décision de Lens de fermer définitivement son stade');
		const lens2 = ev('La décision prise par Lens de fermer définitivement le stade');
		const brest = ev('Brest a attiré une attention accrue');
		const fans = ev('De nombreux supporters se sont rués vers Brest ou Lorient');
		const founded = ev('Brest a été fondé');
		expect(samePair({ a: lens, b: brest, loose: true }, { a: lens2, b: fans, loose: true })).toBe(
			true
		);
		// An ordering's pair must be the same two events: one actor in common is not enough.
		expect(samePair({ a: lens, b: brest, loose: false }, { a: lens2, b: fans, loose: true })).toBe(
			false
		);
		expect(
			samePair({ a: lens, b: founded, loose: true }, { a: lens2, b: brest, loose: true })
		).toBe(true);
		expect(sameEvent(founded, brest)).toBe(false);
	});
});
