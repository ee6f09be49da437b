import { describe, expect, test } from 'vitest';
import { testArticle } from '../test-article';
import { askHasSource } from './ask-has-source';
import { askWhichSource } from './ask-which-source';
import { sourcedSentences } from './source-facts';
import { sourcePrompt } from './source-prompt';

const article = testArticle(
	'a',
	[
		'La ville a inauguré en 2019 une nouvelle ligne de tramway longue de douze kilomètres.',
		'Le réseau de bus a été prolongé jusqu’à la gare en 2020, après deux ans de travaux.',
		'Selon des experts, la réforme a échoué faute de soutien au Parlement cette année.',
		'Selon le centre indépendant Levada, la confiance envers le gouvernement a reculé de dix points.',
		'Le musée municipal a rouvert ses portes lundi après trois mois de travaux de rénovation.',
		'Dans une interview accordée à Radio Nord, le maire a déclaré que les travaux avaient coûté cher.',
		'Le contrat du chantier, révélé par La Gazette, a été signé en mars avec une entreprise locale.',
		'Le maire a aussi annoncé sur Twitter la fermeture du pont pour deux semaines de travaux.'
	],
	null,
	'Le musée rouvre'
);

describe('askHasSource', () => {
	const qs = askHasSource(sourcedSentences([article]));
	const byText = new Map(
		qs.map((q) => [q.question.type === 'classification' ? q.question.text : '', q])
	);
	test('a vague source is called vague, a named one is not', () => {
		expect(byText.get(article.text.split('\n\n')[2]!)?.question.explanation.fr).toMatch(
			/imprécise/u
		);
		expect(byText.get(article.text.split('\n\n')[3]!)?.question.explanation.fr).not.toMatch(
			/imprécise/u
		);
	});
	test('a plain statement is asked as one without a source', () => {
		const q = byText.get(article.text.split('\n\n')[0]!)?.question;
		expect(q?.type === 'classification' && q.choices.find((c) => c.correct)?.text).toMatch(/^Non/u);
	});
	test('a sentence leaning on another (`aussi`) or naming only a channel yields nothing', () => {
		expect(byText.has(article.text.split('\n\n')[7]!)).toBe(false);
	});
});

describe('askWhichSource', () => {
	test('an outlet given an interview is asked by its role, among outlets only', () => {
		const qs = askWhichSource(sourcedSentences([article]), ['Le Courrier']);
		const interview = qs.find((q) => q.supports[0] === 'Radio Nord')!;
		expect(interview.question.prompt).toMatch(/à quel média l’interview a-t-elle été accordée/u);
		expect(interview.contradicts).toEqual(['La Gazette', 'Le Courrier']);
	});
	test('no outlet besides the right one: no question', () => {
		const alone = testArticle('b', [
			'Dans une interview accordée à Radio Nord, le maire a déclaré que les travaux avaient coûté cher.'
		]);
		expect(askWhichSource(sourcedSentences([alone]), [])).toEqual([]);
	});
});

describe('sourcePrompt', () => {
	const fact = {
		kind: 'source',
		article: 'a',
		sentence: 0,
		source: 'published-by',
		marker: 'publiée dans un premier temps par La Gazette',
		start: 0,
		end: 0,
		name: 'La Gazette',
		nameStart: 0,
		nameEnd: 0,
		complete: true,
		nameWhole: true
	} as const;
	test('names the document the sentence names before the marker', () => {
		expect(sourcePrompt(fact, 'Le maire a tout démenti dans la lettre, ').question).toBe(
			'quel média a d’abord publié la lettre ?'
		);
		expect(sourcePrompt(fact, 'Il est écrit dans le communiqué ').question).toMatch(
			/le communiqué \?$/u
		);
	});
	test('a word that is no document keeps the general wording', () => {
		expect(sourcePrompt(fact, 'Le contrat du chantier, ').question).toMatch(
			/le texte dont parle cette phrase/u
		);
	});
});
