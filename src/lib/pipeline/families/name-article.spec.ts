import { expect, test } from 'vitest';
import { testArticle } from '../generate/test-article';
import { nameArticle, nameArticleWithout } from './name-article';

const article = testArticle(
	'a',
	['Le ministère a publié mardi un décret sur les transports régionaux.'],
	'Après Renault et Peugeot, Citroën rappelle des voitures défectueuses'
);

test('a headline naming the actors asked about is named by its words after them', () => {
	expect(
		nameArticleWithout(article, [
			'Renault a rappelé ses voitures, puis Citroën a rappelé les siennes.'
		])
	).toBe('l’article «\u00A0…rappelle des voitures défectueuses\u00A0»');
});

test('a headline naming none of them is named as usual', () => {
	expect(nameArticleWithout(article, ['Le ministère a publié un décret, puis un arrêté.'])).toBe(
		nameArticle(article)
	);
});
