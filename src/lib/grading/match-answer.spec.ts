import { describe, expect, test } from 'vitest';
import { matchAnswer } from './match-answer';

const level = (accepted: string, given: string) => matchAnswer(accepted, given)?.level ?? null;
const codes = (accepted: string, given: string) =>
	matchAnswer(accepted, given)?.notes.map((n) => n.code) ?? null;

describe('matchAnswer', () => {
	test.each([
		// same words once normalised: nothing to point out
		['John Matze', 'john matze'],
		['John Matze', '  JOHN   MATZE. '],
		['L’Élysée', "l'Élysée"],
		['États-Unis', 'États Unis'],
		['« Parler »', 'Parler'],
		['08H00 GMT', '08h00 gmt']
	])('%j = %j', (accepted, given) => {
		expect(matchAnswer(accepted, given)).toEqual({ level: 0, notes: [] });
	});

	test.each([
		['la Maison Blanche', 'Maison Blanche'],
		['la Maison Blanche', 'le Maison-Blanche'],
		['Élysée', "l'Élysée"],
		['les Républicains', 'Républicains']
	])('%j accepts %j, pointing out the article', (accepted, given) => {
		expect(matchAnswer(accepted, given)).toEqual({
			level: 0,
			notes: [{ code: 'article', expected: accepted, given }]
		});
	});

	test.each([
		['98', 'quatre-vingt-dix-huit'],
		['98', 'quatre vingt dix huit'],
		['98', 'quatre-vingt dix-huit'],
		['quatre-vingt-dix-huit', '98'],
		['15.000', '15 000'],
		['15.000', '15\u202f000'],
		['15.000', '15000'],
		['15 000', '15.000'],
		['15.000', 'quinze mille'],
		['2,5', '2,50'],
		['2,5', '2.5'],
		['25', '25 %'],
		['25', 'vingt-cinq pour cent'],
		['cinq', '5'],
		['un', '1'],
		['2018', 'deux mille dix-huit'],
		['9H00', '9h'],
		['9H00', '9 heures'],
		['08H00 GMT', '8h'],
		['08H00 GMT', '8:00'],
		['6 janvier 2021', '06/01/2021'],
		['lundi 11 janvier', '11 janvier'],
		['1er mai', 'premier mai']
	])('%j accepts %j as the same number or date', (accepted, given) => {
		expect(level(accepted, given)).toBe(1);
	});

	test.each([
		['téléchargée', 'telechargee'],
		['téléchargée', 'téléchargèe'],
		['Élysée', 'Elysee'],
		['États-Unis', 'Etats-Unis']
	])('%j accepts %j, pointing out the accents', (accepted, given) => {
		expect(matchAnswer(accepted, given)).toEqual({
			level: 2,
			notes: [{ code: 'accents', expected: accepted, given }]
		});
	});

	test.each([
		['Apple', 'Appel'],
		['Matze', 'Matzee'],
		['Zuckerberg', 'Zukerberg'],
		['Christopher Wray', 'Cristopher Wray'],
		['11 janvier', '11 janvir'],
		['lundi 11 janvier', 'lundy 11 janvier']
	])('%j accepts %j, pointing out the typo', (accepted, given) => {
		expect(codes(accepted, given)).toEqual(['typo']);
	});

	test('a typo and an article are both pointed out', () => {
		expect(codes('la Maison Blanche', 'Maison Blanch')).toEqual(['article', 'typo']);
	});

	test.each([
		// another number, one digit off
		['98', '96'],
		['98', '89'],
		['15.000', '15.001'],
		['15.000', '1 500'],
		['15.000', '150 000'],
		['2,5', '25'],
		['2018', '2019'],
		['98', 'quatre-vingt-dix-sept'],
		['5', 'cinqe'],
		['98', 'quatre vingt dix hiut'],
		// another date or time
		['lundi 11 janvier', 'mardi 11 janvier'],
		['lundi', 'mardi'],
		['11 janvier', '12 janvier'],
		['08H00 GMT', '9h'],
		['08H00 GMT', '8h30'],
		['9H00', '9'],
		// another name
		['John Matze', 'Jean Matze'],
		['Matze', 'Mattei'],
		['AWS', 'ASW'],
		['Lyon', 'Lion'],
		['Google', 'Toogle'],
		// not an answer
		['Matze', ''],
		['Matze', '« »']
	])('%j refuses %j', (accepted, given) => {
		expect(matchAnswer(accepted, given)).toBeNull();
	});
});
