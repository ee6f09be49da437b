import { describe, expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { testArticle } from '../families/test-article';
import { datedActions } from './dated-actions';
import { groupStories } from './group-stories';
import { publicationDay, resolvePastWeekday } from './resolve-day';
import { weekdayKey } from './weekday-key';

const afp = testArticle('a', [
	'Après la société Google et la société Apple, la société Amazon coupe les ponts avec la messagerie Kiwi. La société Google et la société Apple ont retiré Kiwi de leurs boutiques.',
	'Pour justifier sa décision vendredi, Google avait mentionné des menaces. Apple a suivi son exemple samedi en regrettant des messages violents.'
]);
const other = testArticle('b', [
	'Selon Google, la messagerie Kiwi a servi à lancer des appels à la violence. Samedi, le géant internet a donc décidé de retirer Kiwi de sa boutique.',
	'Le lendemain, Apple imita Google. La société Apple et la société Google refusent de commenter.'
]);
const unrelated = testArticle('c', [
	'Le Sénat a voté mercredi la réforme des retraites. Le sénateur Jean Dupont a déposé un amendement.',
	'Le sénateur Jean Dupont a regretté le vote. Selon le sénateur Dupont, la réforme est injuste.'
]);

describe('groupStories', () => {
	test('articles sharing two central names tell one story; an unrelated article stands alone', () => {
		const corpus = [afp, other, unrelated];
		const stories = groupStories(corpus, extractFacts(corpus));
		expect(stories.map((s) => s.articles.map((a) => a.id))).toEqual([['a', 'b'], ['c']]);
	});
	test('two dated articles a month apart are two stories, even about the same names', () => {
		const early = { ...afp, meta: { ...afp.meta, date: '2021-01-10' } };
		const late = { ...other, meta: { ...other.meta, date: '2021-02-20' } };
		const stories = groupStories([early, late], extractFacts([early, late]));
		expect(stories).toHaveLength(2);
	});
});

describe('datedActions', () => {
	const facts = extractFacts([afp, other]);
	test('reads the day of each action with its actor, through descriptions and `le lendemain`', () => {
		const read = (a: typeof afp) =>
			datedActions(a, facts).map((d) => `${d.actor.name}:${d.weekday}:${d.actions.join('+')}`);
		expect(read(afp)).toEqual(['Google:5:decide', 'Apple:6:follow']);
		// `le géant internet` is the one company the sentence before names; the next day after Saturday is Sunday.
		expect(read(other)).toEqual(['Google:6:decide+remove', 'Apple:0:follow']);
	});
	test('a sentence with no day, or with a subject that is no name, yields nothing', () => {
		const none = testArticle('n', [
			'Apple a retiré l’application de sa boutique. Les utilisateurs ont protesté samedi contre la décision.'
		]);
		expect(datedActions(none, extractFacts([none]))).toEqual([]);
	});
});

describe('resolve-day', () => {
	test('a weekday of a dated article is the latest such day on or before publication', () => {
		const monday = publicationDay(testArticle('d', ['Texte.'], '2020-08-24'))!;
		expect(monday.weekday).toBe(1);
		expect(resolvePastWeekday(0, monday).iso).toBe('2020-08-23');
		expect(resolvePastWeekday(1, monday).iso).toBe('2020-08-24');
	});
	test('a page giving only a month has no day to count from', () => {
		expect(publicationDay(testArticle('m', ['Texte.'], '2021-01'))).toBeNull();
	});
});

describe('weekdayKey', () => {
	const keys = (a: ReturnType<typeof testArticle>) => {
		const key = weekdayKey(a, extractFacts([a]));
		return [0, 1, 2, 3, 4, 5, 6].map((w) => key(w));
	};
	test('a dated article keys a past weekday by its day', () => {
		const a = testArticle('d', ['Le maire a démissionné lundi.'], '2020-08-26');
		expect(weekdayKey(a, extractFacts([a]))(1)).toBe('2020-08-24');
	});
	test('an undated article reads its past days as one week, from after the longest gap', () => {
		// Wednesday, Friday, Saturday: the gap from Saturday back to Wednesday is the longest.
		const a = testArticle('u', [
			'Des supporters ont envahi la pelouse mercredi. Le club a été sanctionné vendredi. Le maire a démissionné samedi. Le stade rouvrira à partir de lundi.'
		]);
		expect(keys(a)).toEqual([null, null, null, 'week:0', null, 'week:2', 'week:3']);
	});
	test('an undated article whose days leave two longest gaps has no clear week', () => {
		const a = testArticle('t', [
			'Le maire a démissionné lundi. Le préfet a réagi jeudi. Le ministre a répondu dimanche.'
		]);
		expect(keys(a)).toEqual([null, null, null, null, null, null, null]);
	});
});
