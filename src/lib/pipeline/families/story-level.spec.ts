import { describe, expect, test } from 'vitest';
import { storyLevel } from './story-level';
import { testArticle } from './test-article';

describe('storyLevel', () => {
	test('a set reading a short-sentence article and a long-sentence one has the harder level', () => {
		const easy = testArticle('a', ['Le club a gagné. Les supporters ont fêté la victoire.']);
		const long = testArticle('b', [
			'Le conseil municipal, réuni en séance extraordinaire jeudi soir dans la salle des fêtes de la commune, a finalement adopté après plusieurs heures de débats souvent tendus entre la majorité et l’opposition le projet de rénovation du stade.'
		]);
		expect(storyLevel([easy])).toBe('B1');
		expect(storyLevel([easy, long])).toBe('C1');
		expect(storyLevel([long, easy])).toBe('C1');
	});
});
