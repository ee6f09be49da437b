import { describe, expect, test } from 'vitest';
import { standsAlone } from './stands-alone';

describe('standsAlone', () => {
	test('a self-contained statement stands alone', () => {
		expect(standsAlone('Parler a été fondée en 2018 par John Matze et Jared Thomson.')).toBe(true);
		expect(
			standsAlone('Le musée a rouvert ses portes cette semaine après trois mois de travaux.')
		).toBe(true);
		expect(standsAlone('La ville est aussi grande que Lyon.')).toBe(true);
		expect(
			standsAlone('"Ce type de contenus incite à la violence", a écrit le ministère lundi.')
		).toBe(true);
	});
	test('a sentence pointing back at another does not', () => {
		for (const s of [
			'Il était radicalisé depuis plusieurs mois.',
			'Ce qui n’a pas empêché la polémique de grandir.',
			'Cette intervention a duré deux heures.',
			'Mais le gouvernement a refusé.',
			'De son côté, la mairie a annoncé des travaux.',
			'a-t-il insisté devant la presse.',
			'ont travaillé ensemble pour s’assurer de ne pas avoir de compétition',
			'Amazon a également coupé l’accès au site.',
			'D’autres villes ont pris la même décision.',
			'Les données ont servi dans cette intervention.',
			'Selon lui, la réforme est inutile.',
			'Selon le maire, cela va coûter un million d’euros.',
			'"Le virus n\'est pas parti et sa menace est réelle", a-t-il insisté lors d\'une allocution.',
			'Le maire a pour sa part dénoncé la réforme.',
			'Les habitants se sont en effet réfugiés dans les écoles.'
		])
			expect(standsAlone(s), s).toBe(false);
	});
});

describe('standsAlone, impersonal il', () => {
	test('`Il y a`, `Il est clair que` point at nothing before', () => {
		expect(standsAlone('Il y a trois ans, la ville comptait dix mille habitants.')).toBe(true);
		expect(standsAlone('Il est possible que le service soit indisponible une semaine.')).toBe(true);
		expect(standsAlone('Il est parti lundi.')).toBe(false);
	});
});
