import { describe, expect, test } from 'vitest';
import { excerptAround } from './excerpt';
import { sentencesOf } from '../extract/sentences';
import { passageFor } from './passage';
import { testArticle } from './test-article';

function excerpt(sentences: string[], index: number, word: string, around?: number): string {
	const article = testArticle('a', sentences);
	const passage = passageFor(sentencesOf(article), index, article.text)!;
	const start = article.text.indexOf(word, article.sentences[index]!.start);
	return excerptAround(passage, start, start + word.length, around);
}

describe('excerptAround', () => {
	test('a few words each side, cut with an ellipsis, the sentence end dropped', () => {
		expect(
			excerpt(
				[
					'Le ministre de la Santé a annoncé mardi soir la fermeture des écoles dans tout le pays jusqu’à nouvel ordre.'
				],
				0,
				'mardi',
				4
			)
		).toBe('…la Santé a annoncé mardi soir la fermeture des…');
	});

	test('a short sentence is shown whole, without its final stop', () => {
		expect(excerpt(['La réunion des ministres a eu lieu lundi à Bruxelles.'], 0, 'lundi')).toBe(
			'La réunion des ministres a eu lieu lundi à Bruxelles'
		);
	});

	test('never reaches into the context sentence before', () => {
		const text = excerpt(
			[
				'Le gouvernement italien a présenté un plan de relance de grande ampleur au Parlement.',
				'Le Sénat l’a adopté jeudi après un long débat.'
			],
			1,
			'jeudi'
		);
		expect(text).toBe('Le Sénat l’a adopté jeudi après un long débat');
	});
});

test('excerptAround never shows half a quotation', () => {
	const text = excerpt(
		[
			'Le maire a dénoncé lundi la "prolifération" de "menaces de violence et d’actes illégaux" dans la ville.'
		],
		0,
		'lundi',
		5
	);
	expect(text.split('"').length % 2).toBe(1);
	expect(text).toContain('"menaces de violence et d’actes illégaux"');
});

describe('passageFor', () => {
	test.each([
		// A fragment continuing the sentence before.
		'Parmi eux, des courriels mentionnant 98 messages de haine et bien d’autres encore.',
		// A sentence whose point is an idea stated before.
		'Le drame de jeudi soir à Marseille s’inscrit dans cette logique selon les enquêteurs.'
	])('no passage for a sentence that needs the one before: %s', (text) => {
		const article = testArticle('a', ['Il a dit cela.', text]);
		expect(passageFor(sentencesOf(article), 1, article.text)).toBeNull();
	});

	test('a clean sentence with a possessive stands alone for a gap', () => {
		const text = 'Apple a suivi son exemple samedi en regrettant la prolifération des menaces.';
		const article = testArticle('a', ['Il a dit cela.', text]);
		expect(passageFor(sentencesOf(article), 1, article.text)?.text).toBe(text);
	});
});
