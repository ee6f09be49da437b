import { expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { askRoles } from './ask-roles';
import { contextFor } from './context';
import { testArticle } from './test-article';

const ask = (sentences: string[]) => {
	const article = testArticle('a', sentences);
	return askRoles(contextFor(article, extractFacts([article]))).map((c) => c.question.prompt);
};

test('a role with what it is of is asked', () => {
	expect(
		ask([
			'Le fondateur de la start-up, Jean Dupont, a confirmé la fermeture du service mardi.',
			'Jean Dupont a ajouté que les abonnés seraient remboursés avant la fin du mois.'
		])
	).toEqual(['D’après l’article, qui est le fondateur de la start-up\u00A0?']);
});

test('an office of government that does not say whose is not asked', () => {
	expect(
		ask([
			'Le ministre de la Défense, Mark Esper, a annoncé le retrait de 12.000 soldats.',
			'Mark Esper a précisé que le retrait prendrait plusieurs mois.'
		])
	).toEqual([]);
	expect(
		ask([
			'Le ministre américain de la Défense, Mark Esper, a annoncé le retrait de 12.000 soldats.',
			'Mark Esper a précisé que le retrait prendrait plusieurs mois.'
		])
	).toEqual(['D’après l’article, qui est le ministre américain de la Défense\u00A0?']);
});
