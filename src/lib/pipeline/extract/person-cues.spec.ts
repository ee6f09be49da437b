import { describe, expect, test } from 'vitest';
import {
	genderAround,
	organisationBefore,
	personAfter,
	personBefore,
	speakerBefore,
	subjectNounPhrase
} from './person-cues';

describe('person and organisation cues', () => {
	test.each([
		['a révélé le ministre américain de la Justice '],
		["Selon l'experte "],
		['Le PDG de Parler, '],
		['a déclaré le président de la commission des Affaires sociales '],
		['Une voisine, '],
		['M. ']
	])('a person follows: %s', (before) => {
		expect(personBefore(before)).toBe(true);
	});
	test.each([
		['La délégation a rencontré '],
		['Les associations dénoncent '],
		['dans la boutique ']
	])('no person is announced: %s', (before) => {
		expect(personBefore(before)).toBe(false);
	});
	test.each([
		[', chercheur et conseiller politique'],
		[', 71 ans, est ressorti'],
		[', directrice pour les sciences'],
		[', un habitant du coin']
	])('a person is described after: %s', (after) => {
		expect(personAfter(after)).toBe(true);
	});
	test.each([[', un laboratoire public qui produit'], [', qui a organisé'], [' a annoncé']])(
		'nothing says a person after: %s',
		(after) => {
			expect(personAfter(after)).toBe(false);
		}
	);
	test('an organisation follows its kind, after an article', () => {
		expect(organisationBefore('Le parti libéral ')).toBe(true);
		expect(organisationBefore('selon le centre indépendant ')).toBe(true);
		expect(organisationBefore("supprimé des boutiques d'application ")).toBe(false);
	});
	test('a speaker follows a quotation and its verb', () => {
		expect(speakerBefore('"Certains ont disparu", raconte ')).toBe(true);
		expect(speakerBefore('Les pluies ont fait un mort, selon ')).toBe(false);
	});
	test('a subject noun phrase is a role or a kind, and nothing else', () => {
		expect(subjectNounPhrase('le préfet de police ')).toBe(true);
		expect(subjectNounPhrase('Le parti libéral ')).toBe(true);
		expect(subjectNounPhrase('La délégation a rencontré le ministre ')).toBe(false);
	});
});

describe('genderAround', () => {
	test.each([
		['Une voisine, ', ', enfouit une casserole', 'f'],
		['précise ', ', directrice pour les sciences.', 'f'],
		['La présidente ex-LR de la région Ile-de-France, ', ', a appelé', 'f'],
		["Selon l'experte ", ", c'est le moment", 'f'],
		['Mme ', ' décide', 'f'],
		['le ministre américain de la Justice ', ' lors', 'm'],
		["a confié à l'AFP un habitant, ", '.', 'm'],
		['M. ', ' a', 'm']
	])('%s|%s', (before, after, gender) => {
		expect(genderAround(before, after)).toBe(gender);
	});
	test.each([
		['raconte ', '.'],
		['souligne ', ', 26 ans, avait'],
		['les militantes ', ' et']
	])('no gender shows: %s|%s', (before, after) => {
		expect(genderAround(before, after)).toBeUndefined();
	});
});
