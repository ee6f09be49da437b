import { describe, expect, test } from 'vitest';
import { testArticle } from '../test-article';
import { actorsOf } from './actors';
import { plainWording } from './plain-wording';

const relayed = {
	...testArticle('v', [
		'Peu de temps auparavant, Kiwi était brièvement en tête des graphiques de téléchargement du Play Store.'
	]),
	meta: { ...testArticle('v', ['x']).meta, via: 'BBC' }
};
const firstHand = testArticle('f', [
	'Samedi, Kiwi était la messagerie la plus téléchargée du Play Store. Le collège a interdit Kiwi.'
]);
const actors = (text: string) => actorsOf({ text });
const node = (text: string) => ({ text, phrase: false, spans: [] });

describe('plainWording', () => {
	test('a relayed article’s odd wording gives way to a first-hand article’s', () => {
		const [n] = plainWording(
			relayed,
			[node('Kiwi était en tête des graphiques de téléchargement du Play Store')],
			[relayed, firstHand],
			actors
		);
		expect(n!.text).toBe('Kiwi était la messagerie la plus téléchargée du Play Store');
		expect(n!.borrowed).toMatchObject({
			article: 'f',
			own: 'Kiwi était en tête des graphiques de téléchargement du Play Store'
		});
	});
	test('a first-hand article, or a wording the story shares, stays as it is', () => {
		const own = node('Kiwi était en tête des graphiques de téléchargement du Play Store');
		expect(plainWording(firstHand, [own], [relayed, firstHand], actors)).toEqual([own]);
		const shared = node('Le collège a interdit Kiwi');
		expect(plainWording(relayed, [shared], [relayed, firstHand], actors)).toEqual([shared]);
	});
});
