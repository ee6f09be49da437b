import { expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import type { Candidate } from './candidate';
import { testArticle } from './test-article';
import { titleGivesAway } from './title-giveaway';

const article = testArticle('a', [
	'Le ministre de la Santé Jean Dupont a annoncé mardi la fermeture de deux hôpitaux.',
	'Jean Dupont a salué une décision responsable, et Dupont a ajouté que le pays était prêt.'
]);
const facts = extractFacts([article]);
const asking = (supports: string[]) =>
	({ supports, contradicts: [], question: { type: 'single' } }) as unknown as Candidate;
const title = 'Dupont ferme deux hôpitaux';

test('an answer the title shows, under any of its names, is given away', () => {
	expect(titleGivesAway(asking(['Jean Dupont']), title, facts)).toContain('“Dupont”');
	expect(titleGivesAway(asking(['deux']), title, facts)).toContain('“deux”');
});

test('a person is given away by the surname alone', () => {
	expect(
		titleGivesAway(asking(['Marie Lefèvre']), 'La réforme de Lefèvre adoptée', facts)
	).toContain('“Lefèvre”');
});

test('an answer the title does not show is fine', () => {
	expect(titleGivesAway(asking(['mardi']), title, facts)).toBeNull();
});

test('a typed answer is given away in any of its accepted forms', () => {
	const typed = {
		supports: ['treize'],
		contradicts: [],
		question: { type: 'cloze', accept: ['treize', '13'] }
	} as unknown as Candidate;
	expect(titleGivesAway(typed, 'Les 13 suspects mis en examen', facts)).toContain('“13”');
});
