import { expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import type { Candidate } from './candidate';
import { testArticle } from './test-article';
import { titleGivesAway } from './title-giveaway';

const article = testArticle('a', [
	'Le ministre de la Santé Jean Dupont a annoncé mardi la fermeture de deux hôpitaux.',
	'Jean Dupont a salué une décision responsable, et Dupont a ajouté que le pays était prêt.'
]);
const headed = { ...article, title: 'Dupont et Martin ferment deux hôpitaux' };
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
		question: {
			type: 'single',
			prompt,
			evidence: [{ article: 'a', start: on.start, end: on.end }],
			choices: [
				{ id: 'a', text: supports[0], correct: true },
				{ id: 'b', text: 'Paul Martin', correct: false },
				{ id: 'c', text: 'Anne Petit', correct: false }
			]
		}
	}) as unknown as Candidate;

test('an answer the title shows, with what the question asks, is given away', () => {
	const closing = asking(['Jean Dupont'], 'D’après l’article, qui a annoncé la fermeture ?', first);
	expect(titleGivesAway(closing, headed, headed.title, facts)).toContain('“Dupont”');
	expect(titleGivesAway(closing, headed, headed.title, facts)).toContain('“ferme…”');
});

test('a headline naming someone beside a wrong choice leaves their other deeds to the reading', () => {
	expect(titleGivesAway(asking(['Jean Dupont']), headed, headed.title, facts)).toBeNull();
});

test('a headline naming the answer alone among the choices singles it out', () => {
	const alone = 'Dupont ferme deux hôpitaux';
	expect(titleGivesAway(asking(['Jean Dupont']), headed, alone, facts)).toContain(
		'no wrong choice'
	);
});

test('a title made of the first words gives away every question on the first sentence', () => {
	const title = 'Le ministre de la Santé Jean Dupont et Paul Martin…';
	const onFirst = asking(['Jean Dupont'], 'D’après l’article, qui est le ministre ?', first);
	expect(titleGivesAway(onFirst, article, title, facts)).toContain('first sentence');
	expect(titleGivesAway(asking(['Jean Dupont']), article, title, facts)).toBeNull();
});

test('a person is given away by the surname alone', () => {
	const reform = asking(['Marie Lefèvre'], 'D’après l’article, qui a porté la réforme adoptée ?');
	expect(
		titleGivesAway(reform, headed, 'La réforme de Lefèvre et Martin adoptée', facts)
	).toContain('“Lefèvre”');
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

test('a date of the same year in the title gives a date gap away', () => {
	const dated = {
		supports: ['17 juin 1940'],
		contradicts: [],
		asks: 'date:a:0',
		question: {
			type: 'cloze',
			prompt: 'Quelle est la date qui manque ?',
			accept: ['17 juin 1940'],
			evidence: []
		}
	} as unknown as Candidate;
	expect(
		titleGivesAway(dated, headed, 'Appel du 18 juin 1940 : une cérémonie à Londres', facts)
	).toContain('1940');
	expect(titleGivesAway(dated, headed, 'Une cérémonie à Londres', facts)).toBeNull();
});
