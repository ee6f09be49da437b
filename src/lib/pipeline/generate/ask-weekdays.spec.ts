import { describe, expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { askWeekdays } from './ask-weekdays';
import { contextFor } from './context';
import { testArticle } from './test-article';

function ask(sentences: string[]) {
	const article = testArticle('a', sentences);
	return askWeekdays(contextFor(article, extractFacts([article])));
}

describe('askWeekdays', () => {
	test('leaves the day out, with its neighbours in week order as wrong choices', () => {
		const [c] = ask([
			'Le gouvernement a présenté son plan de relance aux syndicats.',
			'Le Sénat a adopté le texte jeudi après un long débat sur le financement.'
		]);
		expect(c!.question.prompt).toContain('Le Sénat a adopté le texte […] après un long débat');
		expect(c!.question.type).toBe('single');
		const choices = c!.question.type === 'single' ? c!.question.choices : [];
		expect(choices.find((x) => x.correct)!.text).toBe('jeudi');
		const days = choices.map((x) => x.text);
		expect(days).toHaveLength(4);
		// Neighbours of Thursday, listed Monday first.
		expect(days).toContain('mercredi');
		expect(days).toContain('vendredi');
		const week = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
		expect(days.map((d) => week.indexOf(d))).toEqual([...days.map((d) => week.indexOf(d))].sort());
		expect(c!.question.explanation.fr).toContain('C’est jeudi');
		expect(c!.question.explanation.en).toContain('Thursday');
	});

	test('a day opening the sentence keeps its capital in every choice', () => {
		const [c] = ask([
			'Samedi, des milliers de manifestants ont défilé dans le centre de la capitale.'
		]);
		const choices = c!.question.type === 'single' ? c!.question.choices : [];
		expect(choices.every((x) => /^\p{Lu}/u.test(x.text))).toBe(true);
		expect(choices.find((x) => x.correct)!.text).toBe('Samedi');
	});

	test('a day the passage also names is never a wrong choice', () => {
		const asked = ask([
			'Les négociations ont commencé vendredi et se sont achevées dimanche soir à Bruxelles.'
		]);
		for (const c of asked) {
			expect(c.contradicts).not.toContain('vendredi');
			expect(c.contradicts).not.toContain('dimanche');
		}
	});

	test.each([
		// A habit, not an event.
		'Le marché se tient chaque samedi sur la place principale de la ville depuis 1950.',
		// A full date: asked as a date, not as a day.
		'Le ministre a annoncé lundi 11 janvier la fermeture des écoles dans tout le pays.',
		// A range of days.
		'Les bureaux de vote seront ouverts de lundi à mercredi dans toutes les communes du pays.',
		// The same day twice: the gap would leave it in sight.
		'Le conseil s’est réuni mardi et il a voté mardi le budget de la ville pour la nouvelle année.'
	])('nothing in: %s', (text) => {
		expect(ask([text])).toEqual([]);
	});
});
