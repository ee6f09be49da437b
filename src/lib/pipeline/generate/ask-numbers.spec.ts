import { expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { askNumbers } from './ask-numbers';
import { contextFor } from './context';
import { testArticle } from './test-article';

const ask = (text: string) => {
	const article = testArticle('a', [text]);
	return askNumbers(contextFor(article, extractFacts([article]))).map((c) => c.supports[0]);
};

test('a count is asked', () => {
	expect(
		ask('Le texte doit encore passer par quatre votes au Parlement avant la fin de l’année.')
	).toEqual(['quatre']);
});

test('a count whose parts the sentence adds up is not asked', () => {
	expect(
		ask(
			'Le texte doit encore passer par quatre votes, deux au Sénat et deux à l’Assemblée nationale.'
		)
	).toEqual([]);
});
