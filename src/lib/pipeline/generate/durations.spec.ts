import { expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { askDurations } from './ask-durations';
import { contextFor } from './context';
import { durations, otherDurations, writeDuration } from './durations';
import { testArticle } from './test-article';

test.each([
	[
		'L’application sera de retour d’ici une semaine après avoir été recréée.',
		'une semaine',
		1,
		'semaine'
	],
	['Les négociations ont duré pendant deux ans sans aboutir.', 'deux ans', 2, 'an'],
	[
		'Le service restera fermé durant jusqu’à une semaine, selon la direction.',
		'une semaine',
		1,
		'semaine'
	],
	['Il est détenu depuis 18 mois dans une prison de la capitale.', '18 mois', 18, 'mois']
])('%s', (sentence, text, count, unit) => {
	expect(durations(sentence)).toMatchObject([{ text, count, unit }]);
	expect(sentence.slice(durations(sentence)[0]!.at)).toMatch(new RegExp(`^${text}`, 'u'));
});

test.each([
	['Le réseau a trouvé des soutiens en quelques jours.'],
	['Le parti a été fondé en 2018 par un ancien ministre.'],
	['Une semaine plus tard, le gouvernement a démissionné.']
])('no length of time in: %s', (sentence) => {
	expect(durations(sentence)).toEqual([]);
});

test('wrong lengths are of the same order, agree in gender and number, and differ from the text', () => {
	const [d] = durations('Il sera de retour d’ici une semaine.');
	expect(otherDurations(d!, 'Il sera de retour d’ici une semaine.')).toEqual([
		'deux semaines',
		'un mois',
		'un jour'
	]);
	expect(writeDuration(3, 'mois', true)).toBe('trois mois');
	expect(writeDuration(1, 'heure', true)).toBe('une heure');
	expect(writeDuration(36, 'an', false)).toBe('36 ans');
	// `un mois` is in the sentence already: not a wrong choice.
	const [e] = durations('Après un mois de grève, le travail a repris pour deux semaines.');
	expect(
		otherDurations(e!, 'Après un mois de grève, le travail a repris pour deux semaines.')
	).not.toContain('un mois');
});

test('askDurations leaves the length out and offers three others', () => {
	const article = testArticle('a', [
		'Le ministre a assuré que le pont serait rouvert d’ici deux mois après les travaux.'
	]);
	const [c, ...rest] = askDurations(contextFor(article, extractFacts([article])));
	expect(rest).toEqual([]);
	if (c?.question.type !== 'single') throw new Error('expected a single-choice question');
	expect(c.question.prompt).toContain('d’ici […] après');
	// `d'ici deux mois` is a deadline.
	expect(c.question.prompt).toMatch(/^D’après l’article, quel délai manque/u);
	expect(c.question.choices.filter((x) => x.correct).map((x) => x.text)).toEqual(['deux mois']);
	expect(c.question.choices).toHaveLength(4);
});

test('a length of time that is no deadline is asked as a length', () => {
	const article = testArticle('a', [
		'Les négociations entre les syndicats et la direction ont duré pendant deux ans sans aboutir.'
	]);
	const [c] = askDurations(contextFor(article, extractFacts([article])));
	expect(c?.question.prompt).toMatch(/^D’après l’article, quelle durée manque/u);
});
