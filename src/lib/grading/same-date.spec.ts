import { describe, expect, test } from 'vitest';
import { normalizeAnswer } from './normalize-answer';
import { readDate } from './read-date';
import { sameDate } from './same-date';

const same = (expected: string, given: string) =>
	sameDate(readDate(normalizeAnswer(expected).full)!, readDate(normalizeAnswer(given).full)!);

describe('sameDate', () => {
	test.each([
		['lundi 11 janvier', '11 janvier'],
		['lundi 11 janvier', 'Lundi 11 Janvier'],
		['lundi 11 janvier 2021', '11/01/2021'],
		['11 janvier 2021', '11 janvier'],
		['11 janvier 2021', 'lundi 11 janvier'],
		['11 janvier 2021', 'lundi 11 janvier 2021'],
		['1er mai', 'premier mai'],
		['1er mai', '1 mai'],
		['08H00 GMT', '8h'],
		['08H00 GMT', '8 h 00'],
		['08H00 GMT', '8:00 GMT'],
		['08H00 GMT', '08h00 UTC'],
		['9H00', '9 heures'],
		['13H30', '13 h 30'],
		['12 mai à 20h55', '12 mai, 20 h 55'],
		['12h', 'midi']
	])('%j is %j', (expected, given) => {
		expect(same(expected, given)).toBe(true);
	});

	test.each([
		// another day, month, year or time
		['lundi 11 janvier', 'mardi 11 janvier'],
		['11 janvier', '12 janvier'],
		['11 janvier', '11 février'],
		['11 janvier 2021', '11 janvier 2020'],
		['08H00 GMT', '9h'],
		['08H00 GMT', '8h30'],
		['13H30', '13h'],
		['12 mai à 20h55', '12 mai à 20h56'],
		// a weekday that does not fit the date, or that nothing can check
		['11 janvier 2021', 'mardi 11 janvier'],
		['11 janvier', 'lundi 11 janvier'],
		// more than the article says
		['11 janvier', '11 janvier 2021'],
		['12 mai', '12 mai à 20h55'],
		['janvier 2021', '11 janvier 2021'],
		['8h', '8h GMT'],
		// less than the article says
		['11 janvier', 'janvier'],
		['12 mai à 20h55', '12 mai'],
		['20h55', '20h']
	])('%j is not %j', (expected, given) => {
		expect(same(expected, given)).toBe(false);
	});
});
