import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../../extract/sentences';
import { testArticle } from '../test-article';
import { cleanEvent } from './clean-event';
import { cleanSentence } from './clean-sentence';

const paragraphs = [
	'Le maire de Lyon a présenté un plan pour les transports.',
	'Toutefois, la région et la métropole ont également rejeté le plan.',
	'Il a refusé de commenter.'
];

describe('cleanSentence', () => {
	test('cleans a sentence as cleanEvent does, with the text before it', () => {
		const article = testArticle('lyon', paragraphs);
		for (const s of sentencesOf(article))
			expect(cleanSentence(article, s)).toBe(cleanEvent(s.text, article.text.slice(0, s.start)));
	});

	test('drops the linking word and keeps the action: `Toutefois, … ont également rejeté`', () => {
		const article = testArticle('lyon', paragraphs);
		const [, second] = sentencesOf(article);
		expect(cleanSentence(article, second!)).toMatch(/^La région et la métropole ont rejeté/u);
	});

	test('a sentence that cannot stand alone yields nothing, each time it is asked', () => {
		const article = testArticle('lyon', paragraphs);
		const third = sentencesOf(article)[2]!;
		expect(cleanSentence(article, third)).toBeNull();
		expect(cleanSentence(article, third)).toBeNull();
	});

	test('another article with other text before the sentence is read anew', () => {
		const named = testArticle('a', [
			'Lyon a lancé l’application Vélov.',
			'Cette application a fermé.'
		]);
		const unnamed = testArticle('b', ['Lyon a lancé un service.', 'Cette application a fermé.']);
		const inNamed = sentencesOf(named)[1]!;
		const inUnnamed = sentencesOf(unnamed)[1]!;
		expect(inNamed.text).toBe(inUnnamed.text);
		expect(cleanSentence(named, inNamed)).toMatch(/^L['’]application Vélov a fermé/u);
		expect(cleanSentence(named, inNamed)).toBe(
			cleanEvent(inNamed.text, named.text.slice(0, inNamed.start))
		);
		expect(cleanSentence(unnamed, inUnnamed)).toBeNull();
	});
});
