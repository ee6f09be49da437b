import { describe, expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { askStatements } from './ask-statements';
import { contextFor } from './context';
import { testArticle } from './test-article';

function ask(sentences: string[]) {
	const article = testArticle('a', sentences);
	return askStatements(contextFor(article, extractFacts([article])));
}

describe('askStatements', () => {
	test('a false statement changes the weekday to a neighbour the sentence does not name', () => {
		const statements = [
			'Plusieurs milliers de personnes ont manifesté samedi en Allemagne dans une dizaine de villes.',
			'Le Parlement européen a adopté mercredi le budget de l’Union pour la nouvelle année.',
			'La compagnie Air France a repris jeudi ses vols vers la Corse après un mois d’arrêt.'
		].flatMap((text) => ask([text]));
		expect(statements.length).toBe(3);
		for (const c of statements) {
			if (c.question.type !== 'true-false') throw new Error('not a true/false question');
			const truth = c.question.choices.find((x) => x.correct)!.text === 'Vrai';
			const source = c.question.evidence[0]!.quote;
			if (truth) expect(c.question.statement).toBe(source);
			else {
				expect(c.question.statement).not.toBe(source);
				expect(c.contradicts).toHaveLength(1);
				expect(['vendredi', 'dimanche', 'mardi', 'jeudi', 'mercredi']).toContain(c.contradicts[0]);
				expect(source).not.toContain(c.contradicts[0]);
			}
		}
	});

	test.each([
		// An opinion is no fact to judge.
		'Il semble indispensable de fixer des limites au pouvoir des plateformes depuis lundi.',
		// No number, year or weekday to change.
		'Le gouvernement a présenté un plan de relance aux syndicats et au patronat.'
	])('nothing in: %s', (text) => {
		expect(ask([text])).toEqual([]);
	});
});
