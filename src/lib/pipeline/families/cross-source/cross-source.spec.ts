import { describe, expect, test } from 'vitest';
import { extractFacts } from '../../facts/extract-facts';
import { testArticle } from '../test-article';
import { crossSource } from './cross-source';

const a = testArticle('a', [
	'La société Google et la société Apple ont retiré la messagerie Kiwi. Pour justifier sa décision vendredi, Google avait mentionné des menaces.',
	'La société Kiwi a été fondée en 2018 par Paul Martin. Selon la société Apple, 98 messages appelaient à la violence.'
]);
const b = testArticle('b', [
	'Selon Google, l’application a servi à lancer des appels à la violence. Samedi, le géant internet a donc décidé de retirer Kiwi de sa boutique.',
	'La société Apple a suivi la société Google. Le patron de Kiwi, Paul Martin, dénonce une censure. La société Kiwi est née en 2018.'
]);
const c = testArticle('c', [
	'La société Apple a retiré la messagerie Kiwi de sa boutique. La société Google a fait de même.',
	'Le fondateur de Kiwi, Paul Martin, promet un retour. La société Kiwi, lancée en 2018, compte 12 employés.'
]);

describe('crossSource', () => {
	const corpus = [a, b, c];
	const out = crossSource({
		articles: corpus,
		byId: new Map(corpus.map((x) => [x.id, x])),
		facts: extractFacts(corpus)
	});
	test('one set for the story, with the day the articles disagree on and both passages', () => {
		expect(out.sets).toHaveLength(1);
		const q = out.sets[0]!.questions.find((x) => x.type === 'matching');
		expect(q?.type).toBe('matching');
		if (q?.type !== 'matching') return;
		expect(q.prompt).toContain('décision de Google');
		expect(q.evidence.map((e) => e.article)).toEqual(['a', 'b']);
		const dayOf = (article: string) =>
			q.right.find(
				(r) => r.id === q.pairs[q.left.findIndex((l) => l.text.includes(article))]!.right
			)!.text;
		expect(dayOf('La société Google et la société Apple')).toBe('vendredi');
		expect(dayOf('Selon Google')).toBe('samedi');
	});
	test('counts the articles giving a year with the same name, and only those', () => {
		const q = out.sets[0]!.questions.find((x) => x.prompt.includes('2018'));
		expect(q?.type).toBe('single');
		if (q?.type !== 'single') return;
		expect(q.choices.find((ch) => ch.correct)!.text).toBe('tous les trois');
		expect(new Set(q.evidence.map((e) => e.article))).toEqual(new Set(['a', 'b', 'c']));
	});
	test('articles with nothing in common yield no set', () => {
		const other = testArticle('z', [
			'Le Sénat a voté mercredi la réforme des retraites. Le Sénat siège jeudi.'
		]);
		const two = [a, other];
		const none = crossSource({
			articles: two,
			byId: new Map(two.map((x) => [x.id, x])),
			facts: extractFacts(two)
		});
		expect(none.sets).toEqual([]);
	});
});
