import { expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import type { Candidate } from './candidate';
import { testArticle } from './test-article';
import { titleGivesAway } from './title-giveaway';

const article = testArticle('a', [
	'Le ministre de la Santé Jean Dupont a annoncé mardi la fermeture de deux hôpitaux.',
	'Jean Dupont a salué une décision responsable, et Dupont a ajouté que le pays était prêt.'
]);
const headed = { ...article, title: 'Dupont ferme deux hôpitaux' };
const facts = extractFacts([article]);
const first = article.sentences[0]!;
const second = article.sentences[1]!;
const asking = (
	supports: string[],
	prompt = 'D’après l’article, qui a salué une décision responsable ?',
	on = second
) =>
	({
		supports,
		contradicts: [],
		asks: 'actor:a',
		question: { type: 'single', prompt, evidence: [{ article: 'a', start: on.start, end: on.end }] }
	}) as unknown as Candidate;

test('an answer the title shows, with what the question asks, is given away', () => {
	const closing = asking(['Jean Dupont'], 'D’après l’article, qui a annoncé la fermeture ?', first);
	expect(titleGivesAway(closing, headed, headed.title, facts)).toContain('“Dupont”');
	expect(titleGivesAway(closing, headed, headed.title, facts)).toContain('“ferme…”');
});

test('a headline naming someone leaves their other deeds to the reading', () => {
	expect(titleGivesAway(asking(['Jean Dupont']), headed, headed.title, facts)).toBeNull();
});

test('a title made of the first words gives away every question on the first sentence', () => {
	const title = 'Le ministre de la Santé Jean Dupont a annoncé mardi…';
	const onFirst = asking(['Jean Dupont'], 'D’après l’article, qui est le ministre ?', first);
	expect(titleGivesAway(onFirst, article, title, facts)).toContain('first sentence');
	expect(titleGivesAway(asking(['Jean Dupont']), article, title, facts)).toBeNull();
});

test('a person is given away by the surname alone', () => {
	const reform = asking(['Marie Lefèvre'], 'D’après l’article, de qui est la réforme adoptée ?');
	expect(titleGivesAway(reform, headed, 'La réforme de Lefèvre adoptée', facts)).toContain(
		'“Lefèvre”'
	);
});

test('an answer the title does not show is fine', () => {
	expect(titleGivesAway(asking(['mardi']), headed, headed.title, facts)).toBeNull();
});

test('a number the title shows is given away in any of its accepted forms', () => {
	const typed = {
		supports: ['treize'],
		contradicts: [],
		asks: 'number:a:0',
		question: {
			type: 'cloze',
			prompt: 'Quel nombre manque ?',
			accept: ['treize', '13'],
			evidence: []
		}
	} as unknown as Candidate;
	expect(titleGivesAway(typed, headed, 'Les 13 suspects mis en examen', facts)).toContain('“13”');
	const words = {
		...typed,
		supports: ['deux'],
		question: { ...typed.question, accept: ['deux', '2'] }
	};
	expect(titleGivesAway(words as Candidate, headed, headed.title, facts)).toContain('“deux”');
});
