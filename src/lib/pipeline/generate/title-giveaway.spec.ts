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
const asking = (supports: string[]) => ({ supports, contradicts: [] }) as unknown as Candidate;
const title = 'Dupont ferme deux hôpitaux';

test('an answer the title shows, under any of its names, is given away', () => {
	expect(titleGivesAway(asking(['Jean Dupont']), title, facts)).toContain('“Dupont”');
	expect(titleGivesAway(asking(['deux']), title, facts)).toContain('“deux”');
});

test('an answer the title does not show is fine', () => {
	expect(titleGivesAway(asking(['mardi']), title, facts)).toBeNull();
});
