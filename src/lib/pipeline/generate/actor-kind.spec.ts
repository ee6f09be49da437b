import { describe, expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { answerable, articleActors, topicOf } from './actor-kind';
import { contextFor } from './context';
import { testArticle } from './test-article';

function actorsOf(sentences: string[]) {
	const article = testArticle('a', sentences);
	const ctx = contextFor(article, extractFacts([article]));
	return { ctx, actors: new Map([...articleActors(ctx).values()].map((a) => [a.name, a])) };
}

describe('articleActors', () => {
	const { actors } = actorsOf([
		"Finalement, le tireur avait des liens avec Al-Qaïda, a révélé le ministre américain de la Justice Bill Barr lors d'une conférence de presse.",
		'"Un manque de ressources et de nouveaux visages", souligne Vitali Chkliarov, chercheur et conseiller politique à Moscou.',
		'Le parti libéral Iabloko a appelé les Russes à boycotter le vote organisé par le Kremlin.',
		'Les manifestants ont défilé de Moscou au Kremlin sans incident majeur samedi soir.',
		"L'action d'Amazon a poussé le réseau social à réagir, en poursuivant la société de Bezos en justice.",
		'Une voisine, Khadija Sekongo, enfouit une casserole et des habits dans un sac.'
	]);

	test('a person by the role or the age around the name, though untyped by the corpus', () => {
		expect(actors.get('Bill Barr')?.kind).toBe('person');
		expect(actors.get('Vitali Chkliarov')?.kind).toBe('person');
		expect(actors.get('Khadija Sekongo')?.gender).toBe('f');
	});

	test('an organisation introduced by what it is', () => {
		expect(actors.get('Iabloko')?.kind).toBe('organisation');
	});

	test('never a place, a common noun after an article, nor the owner of a firm', () => {
		expect(actors.has('Moscou')).toBe(false);
		expect(actors.has('Kremlin')).toBe(false);
		expect(actors.has('Bezos')).toBe(false);
	});
});

describe('topicOf and answerable', () => {
	test('an organisation named far more than any other is the topic, and no answer', () => {
		const { ctx, actors } = actorsOf([
			'Le réseau social Twitter a suspendu le compte du président sortant vendredi soir.',
			'Twitter a expliqué sa décision par le risque de nouvelles violences à Washington.',
			'Selon Twitter, les messages du président incitaient à la violence contre le Congrès.',
			'Twitter a aussi supprimé des milliers de comptes liés au mouvement QAnon.',
			'Le groupe Facebook a pris une mesure semblable quelques jours plus tôt.'
		]);
		expect(topicOf(ctx)).toBe(actors.get('Twitter')!.e.id);
		expect(answerable(ctx, actors.get('Twitter')!)).toBe(false);
		expect(answerable(ctx, actors.get('Facebook')!)).toBe(true);
	});

	test('no topic when two names are named alike', () => {
		const { ctx } = actorsOf([
			'Le parti Iabloko a appelé au boycott du vote sur la réforme de la Constitution.',
			'Le parti communiste a fait campagne pour le non, comme le parti Iabloko.',
			'Le syndicat FO a dénoncé la réforme, comme le syndicat CGT et le syndicat Sud.',
			'Le syndicat FO et le parti Iabloko ont manifesté ensemble samedi à Moscou.'
		]);
		expect(topicOf(ctx)).toBe('');
	});
});
