import { describe, expect, test } from 'vitest';
import type { QuestionOf } from '../questions/schema';
import { gradeTyped } from './grade-typed';

const base = {
	id: 'q-0000000005',
	prompt: 'Complétez la phrase de l’article : quel nombre manque ?',
	evidence: [{ article: 'a', start: 0, end: 5, quote: 'texte' }],
	explanation: { fr: 'Voir l’article.', en: 'See the article.' },
	skill: 'read-numbers' as const,
	difficulty: 2 as const
};
const cloze = (before: string, after: string, accept: string[]): QuestionOf<'cloze'> => ({
	...base,
	type: 'cloze',
	before,
	after,
	accept
});
const short = (accept: string[]): QuestionOf<'short'> => ({ ...base, type: 'short', accept });

// Accept lists as the generator writes them, the article's own words first.
const deaths = cloze('ayant entraîné la mort de ', ' personnes au total.', ['5', 'cinq']);
const posts = cloze('AWS a déclaré avoir trouvé ', ' publications.', [
	'98',
	'quatre-vingt-dix-huit'
]);
const crowd = cloze('Ils étaient ', ' à manifester.', [
	'15.000',
	'15000',
	'15 000',
	'quinze-mille',
	'quinze mille'
]);
const share = cloze('Le chiffre d’affaires a baissé de ', ' %.', ['2,5']);
const year = cloze('Parler est un réseau social lancé en ', ' et présenté comme libre.', ['2018']);
const day = cloze('La suspension est intervenue ', ', à minuit.', [
	'lundi 11 janvier',
	'11 janvier'
]);
const time = cloze('Le service sera coupé dimanche à ', '.', [
	'08H00 GMT',
	'8h00 GMT',
	'8 h 00 GMT',
	'8 heures 00 GMT',
	'8h GMT',
	'8 h GMT',
	'8 heures GMT'
]);
const ceo = short(['John Matze', 'John Matz', 'Matze', 'Matz']);
const word = short(['téléchargée']);
const company = short(['Apple']);
const house = short(['la Maison Blanche']);

const questions = { deaths, posts, crowd, share, year, day, time, ceo, word, company, house };
type Name = keyof typeof questions;

const right = (notes: unknown[] = []) => ({ verdict: 'right', points: 1, max: 1, notes });

describe('gradeTyped', () => {
	test.each([
		['deaths', '5'],
		['crowd', '15.000'],
		['crowd', '15 000'],
		['crowd', '15\u00a0000'],
		['crowd', '15000'],
		['share', '2,5'],
		['year', '2018'],
		['day', 'lundi 11 janvier'],
		['day', '11 janvier'],
		['time', '08H00 GMT'],
		['time', '8h GMT'],
		['ceo', 'John Matze'],
		['ceo', 'matz'],
		['company', 'APPLE']
	] as [Name, string][])('%s: %j is right as written', (name, text) => {
		expect(gradeTyped(questions[name], text)).toEqual(right());
	});

	test.each([
		['posts', '98 publications'],
		['deaths', '5 personnes'],
		['deaths', 'de 5'],
		['year', 'en 2018'],
		['crowd', '15 000'],
		['share', '2,50'],
		['share', '2,5 %'],
		['day', 'Lundi 11 Janvier'],
		['day', 'le 11 janvier'],
		['time', '8h'],
		['time', '8:00'],
		['time', '08h00 UTC']
	] as [Name, string][])('%s: %j is right, with nothing to point out', (name, text) => {
		expect(gradeTyped(questions[name], text)).toEqual(right());
	});

	test('a number in words where the article has digits is pointed out', () => {
		expect(gradeTyped(posts, 'quatre vingt dix huit')).toEqual(
			right([{ code: 'number-form', expected: '98', given: 'quatre vingt dix huit' }])
		);
		expect(gradeTyped(crowd, 'quinze mille')).toEqual(
			right([{ code: 'number-form', expected: '15.000', given: 'quinze mille' }])
		);
		expect(gradeTyped(deaths, ' Cinq. ').notes).toEqual([
			{ code: 'number-form', expected: '5', given: 'Cinq.' }
		]);
		expect(gradeTyped(deaths, 'de cinq').notes).toEqual([
			{ code: 'number-form', expected: '5', given: 'de cinq' }
		]);
		expect(gradeTyped(short(['cinq', '5']), '5').notes).toEqual([
			{ code: 'number-form', expected: 'cinq', given: '5' }
		]);
	});

	test('missing accents are accepted and pointed out', () => {
		expect(gradeTyped(word, 'telechargee')).toEqual(
			right([{ code: 'accents', expected: 'téléchargée', given: 'telechargee' }])
		);
	});

	test('a typo is accepted and pointed out', () => {
		expect(gradeTyped(company, 'Appel')).toEqual(
			right([{ code: 'typo', expected: 'Apple', given: 'Appel' }])
		);
		expect(gradeTyped(ceo, 'Jhon Matze').verdict).toBe('wrong');
		expect(gradeTyped(ceo, 'John Matzze')).toEqual(
			right([{ code: 'typo', expected: 'John Matze', given: 'John Matzze' }])
		);
	});

	test('the closest accepted answer wins: exact before typo', () => {
		expect(gradeTyped(ceo, 'Matz')).toEqual(right());
	});

	test('a leading article does not count, and is pointed out', () => {
		expect(gradeTyped(house, 'Maison-Blanche')).toEqual(
			right([{ code: 'article', expected: 'la Maison Blanche', given: 'Maison-Blanche' }])
		);
		expect(gradeTyped(house, 'La « Maison Blanche »')).toEqual(right());
	});

	test.each([
		['deaths', '6'],
		['deaths', 'six'],
		['posts', '96'],
		['posts', '89'],
		['posts', 'quatre-vingt-dix-sept'],
		['crowd', '15.001'],
		['crowd', '1 500'],
		['crowd', '150 000'],
		['share', '25'],
		['share', '2,6'],
		['year', '2019'],
		['year', '2081'],
		['day', 'mardi 11 janvier'],
		['day', '12 janvier'],
		['day', 'janvier'],
		['time', '9h'],
		['time', '8h30'],
		['time', '8'],
		['ceo', 'Jean Matze'],
		['ceo', 'Mark Zuckerberg'],
		['company', 'Application'],
		['company', 'Google'],
		['word', 'téléchargement']
	] as [Name, string][])('%s: %j is wrong, and the article’s words are given', (name, text) => {
		expect(gradeTyped(questions[name], text)).toEqual({
			verdict: 'wrong',
			points: 0,
			max: 1,
			notes: [{ code: 'expected', expected: questions[name].accept[0], given: text }]
		});
	});

	test('a context word typed alone is not the answer', () => {
		expect(gradeTyped(deaths, 'personnes').verdict).toBe('wrong');
	});

	test.each([[''], ['   '], ['\u00a0'], ['« »']])('%j is unanswered', (text) => {
		expect(gradeTyped(ceo, text)).toEqual({ verdict: 'unanswered', points: 0, max: 1, notes: [] });
	});
});
