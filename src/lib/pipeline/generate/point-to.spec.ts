import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../extract/sentences';
import { frenchQuotes, pointTo, sentencePassage } from './point-to';
import { testArticle } from './test-article';

function explain(text: string, name: string) {
	const article = testArticle('a', [text]);
	const at = article.text.indexOf(name);
	return pointTo(name, sentencePassage(sentencesOf(article)[0]!), at, at + name.length);
}

describe('pointTo', () => {
	test('the answer and a few words around it, in French and English, French typography', () => {
		const e = explain(
			'Parler est un refuge pour les internautes déçus par Twitter, qui a définitivement fermé le compte de Donald Trump vendredi.',
			'Twitter'
		);
		expect(e.fr).toBe(
			'C’est Twitter\u00A0: l’article écrit «\u00A0…un refuge pour les internautes déçus par Twitter, qui a définitivement fermé le compte…\u00A0».'
		);
		expect(e.en).toBe(
			'Twitter: the article writes “…un refuge pour les internautes déçus par Twitter, qui a définitivement fermé le compte…”.'
		);
	});
	test('an organisation the article writes after an article keeps it', () => {
		expect(
			explain(
				"Mais la Fondation Charles Darwin craint l'impact de la pandémie sur la recherche.",
				'Fondation Charles Darwin'
			).fr
		).toMatch(/^C’est la Fondation Charles Darwin\u00A0:/u);
	});
});

describe('frenchQuotes', () => {
	test('paired straight quotes become guillemets with no-break spaces', () => {
		expect(frenchQuotes('a dénoncé un "coup d\'Etat constitutionnel"')).toBe(
			"a dénoncé un «\u00A0coup d'Etat constitutionnel\u00A0»"
		);
	});
});
