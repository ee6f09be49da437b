import { describe, expect, test } from 'vitest';
import { normalizeAnswer } from './normalize-answer';
import { readDate } from './read-date';

const read = (text: string) => readDate(normalizeAnswer(text).full);

describe('readDate', () => {
	test.each([
		['lundi 11 janvier', { weekday: 1, day: 11, month: 1 }],
		['Lundi 11 Janvier 2021', { weekday: 1, day: 11, month: 1, year: 2021 }],
		['le 6 janvier 2021', { day: 6, month: 1, year: 2021 }],
		['11 janvier', { day: 11, month: 1 }],
		['1er mai', { day: 1, month: 5 }],
		['1ᵉʳ mai', { day: 1, month: 5 }],
		['premier mai', { day: 1, month: 5 }],
		['onze janvier', { day: 11, month: 1 }],
		['vingt et un mai', { day: 21, month: 5 }],
		['11 févr. 2021', { day: 11, month: 2, year: 2021 }],
		['15 aout', { day: 15, month: 8 }],
		['15 août', { day: 15, month: 8 }],
		['11/01/2021', { day: 11, month: 1, year: 2021 }],
		['11/01', { day: 11, month: 1 }],
		['janvier 2021', { month: 1, year: 2021 }],
		['en mai', { month: 5 }],
		['vendredi', { weekday: 5 }],
		['08H00 GMT', { hour: 8, minute: 0, utc: true }],
		['8h', { hour: 8 }],
		['8 h', { hour: 8 }],
		['8 h 00', { hour: 8, minute: 0 }],
		['8 heures', { hour: 8 }],
		['13 heures 30', { hour: 13, minute: 30 }],
		['8:00', { hour: 8, minute: 0 }],
		['à 20h55', { hour: 20, minute: 55 }],
		['vers midi', { hour: 12 }],
		['minuit', { hour: 0 }],
		['12 mai à 20h55', { day: 12, month: 5, hour: 20, minute: 55 }],
		['12 mai à 20 heures 55', { day: 12, month: 5, hour: 20, minute: 55 }]
	])('%j → %j', (text, parts) => {
		expect(read(text)).toEqual(parts);
	});

	test.each([
		['2018'],
		['11'],
		['9'],
		['Matze'],
		['11 janvier Matze'],
		['32 janvier'],
		['0 mai'],
		['11/13'],
		['11/'],
		['25h'],
		['8h75'],
		['lundi mardi'],
		['janvier février'],
		['8h 9h'],
		['11 lundi'],
		['aujourd’hui'],
		['']
	])('%j is not a date', (text) => {
		expect(read(text)).toBeNull();
	});
});
