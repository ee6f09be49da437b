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
	'La société Apple a suivi la société Google. Le patron de Kiwi, Paul Martin, dénonce une censure et assure que Kiwi reviendra dans une semaine. La société Kiwi est née en 2018.'
]);
const c = testArticle('c', [
	'La société Apple a retiré la messagerie Kiwi de sa boutique. La société Google a fait de même.',
	'La société Kiwi, lancée en 2018, compte 12 employés. Le fondateur de Kiwi, Paul Martin, a déclaré que Kiwi serait de retour dans une semaine. La société Google a relevé 98 publications violentes.'
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
		const q = out.sets[0]!.questions.find(
			(x) => x.type === 'matching' && x.prompt.includes('jour')
		);
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
	test('one number written with different words is matched, not counted as one fact', () => {
		const qs = out.sets[0]!.questions;
		expect(qs.some((q) => q.prompt.includes('Combien') && q.prompt.includes('98'))).toBe(false);
		const q = qs.find((x) => x.type === 'matching' && x.prompt.includes('98'));
		if (q?.type !== 'matching') throw new Error('no wording question');
		const wrote = (article: string) =>
			q.right.find(
				(r) => r.id === q.pairs[q.left.findIndex((l) => l.text.includes(article))]!.right
			)!.text;
		expect(wrote('La société Google et la société Apple')).toBe('98 messages');
		expect(wrote('La société Apple a retiré')).toBe('98 publications');
		expect(q.right).toHaveLength(3);
		expect(q.evidence.map((e) => e.article)).toEqual(['a', 'c']);
	});
	test('a figure one article alone gives: which article, and whether it says who gives it', () => {
		const q = out.sets[0]!.questions.find((x) => x.prompt.includes('12 employés'));
		if (q?.type !== 'single') throw new Error('no lone-figure question');
		expect(q.prompt).toBe(
			'Un seul des trois articles sur cette affaire écrit «\u00A012 employés\u00A0». Lequel\u00A0?'
		);
		expect(q.choices.find((c) => c.correct)!.text).toContain('La société Apple a retiré');
		expect(q.explanation.fr).toContain('Il ne dit pas qui avance ce chiffre');
	});
	test('no French in English explanations of days', () => {
		const q = out.sets[0]!.questions.find(
			(x) => x.type === 'matching' && x.prompt.includes('jour')
		);
		expect(q?.explanation.en).not.toMatch(/samedi|vendredi|lendemain/iu);
	});
	test('counts the articles reporting one person’s words on a length of time, and only those', () => {
		const q = out.sets[0]!.questions.find((x) => x.prompt.includes('une semaine'));
		if (q?.type !== 'single') throw new Error('no duration question');
		expect(q.prompt).toContain('Paul Martin parle d’«\u00A0une semaine\u00A0»');
		expect(q.choices.find((c) => c.correct)!.text).toBe('deux');
		expect(new Set(q.evidence.map((e) => e.article))).toEqual(new Set(['b', 'c']));
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
