import { describe, expect, test } from 'vitest';
import type { Candidate } from '../generate/candidate';
import type { CleanArticle } from '../types';
import {
	answerSupported,
	containsWords,
	evidenceIsArticleText,
	evidenceMatches,
	frenchTypography,
	matchesSchema,
	noGiveaway
} from './checks';
import { validate } from './validate';

const text = 'AWS a déclaré avoir trouvé 98 publications sur Parler.\n\nRepartir de zéro';
const article = {
	id: 'a',
	title: null,
	lang: 'fr',
	text,
	paragraphs: [
		{ start: 0, end: 54, kind: 'body' },
		{ start: 56, end: 72, kind: 'heading' }
	],
	sentences: [{ start: 0, end: 54, paragraph: 0 }],
	removed: [{ text: 'Newsletter', reason: 'newsletter-prompt' }],
	meta: {
		source: 'a.txt',
		format: 'text',
		date: null,
		outlet: null,
		via: null,
		section: null,
		credits: []
	}
} as CleanArticle;
const ctx = { articles: new Map([['a', article]]) };
const NB = '\u00A0';

/** A valid single-choice question on the number, to break one way at a time. */
function candidate(): Candidate {
	return {
		score: 1,
		passage: 'a#0',
		asks: 'number:a:27',
		supports: ['98'],
		contradicts: ['49', '150', '74'],
		question: {
			id: 'q-0123456789',
			type: 'single',
			prompt: `D’après l’article, quel nombre manque dans ce passage${NB}?\n«${NB}AWS a déclaré avoir trouvé […] publications sur Parler.${NB}»`,
			evidence: [{ article: 'a', start: 0, end: 54, quote: text.slice(0, 54) }],
			explanation: {
				fr: `L’article donne ce nombre${NB}: «${NB}…${NB}»`,
				en: 'The article gives this number.'
			},
			skill: 'read-numbers',
			difficulty: 1,
			choices: [
				{ id: 'a', text: '49', correct: false },
				{ id: 'b', text: '98', correct: true },
				{ id: 'c', text: '150', correct: false },
				{ id: 'd', text: '74', correct: false }
			]
		}
	};
}

describe('hard checks', () => {
	test('a well-formed question passes every check', () => {
		expect(validate([candidate()], ctx).dropped).toEqual([]);
	});
	test('schema: two right choices in a single-choice question', () => {
		const c = candidate();
		if (c.question.type === 'single') c.question.choices[0]!.correct = true;
		expect(matchesSchema(c, ctx)).toMatch(/^schema/u);
	});
	test('evidence: a quote that is not the text at its offsets', () => {
		const c = candidate();
		c.question.evidence[0]!.start = 1;
		expect(evidenceMatches(c, ctx)).toMatch(/quote differs/u);
	});
	test('evidence: a quote in a sub-heading', () => {
		const c = candidate();
		c.question.evidence = [{ article: 'a', start: 56, end: 72, quote: 'Repartir de zéro' }];
		expect(evidenceIsArticleText(c, ctx)).toMatch(/sub-heading/u);
	});
	test('answer: the right answer is not in the evidence', () => {
		const c = candidate();
		c.supports = ['99'];
		expect(answerSupported(c, ctx)).toMatch(/not in the evidence/u);
	});
	test('answer: a wrong choice the evidence supports', () => {
		const c = candidate();
		c.contradicts = ['Parler'];
		expect(answerSupported(c, ctx)).toMatch(/also in the evidence/u);
	});
	test('giveaway: the prompt shows the answer', () => {
		const c = candidate();
		c.question.prompt = c.question.prompt.replace('[…]', '98');
		expect(noGiveaway(c, ctx)).toMatch(/giveaway/u);
	});
	test.each([
		['D’après l’article, quel nombre manque ?', 'ordinary space'],
		['D’après l’article, quel nombre manque?', 'no space'],
		[`Il écrit «${NB}98 publications».`, 'inside « »'],
		[`D’après  l’article, quel nombre manque${NB}?`, 'double space']
	])('typography: %s', (prompt, reason) => {
		const c = candidate();
		c.question.prompt = prompt;
		expect(frenchTypography(c, ctx)).toContain(reason);
	});
	test('a second question asking the same fact is dropped as a duplicate', () => {
		const first = candidate();
		const second = candidate();
		second.question.id = 'q-9876543210';
		const { kept, dropped } = validate([first, second], ctx);
		expect(kept).toHaveLength(1);
		expect(dropped[0]!.reasons).toEqual(['duplicate: asks the same thing as another question']);
	});
});

test('containsWords matches whole words only', () => {
	expect(containsWords('en 1998, 98 publications', '98')).toBe(true);
	expect(containsWords('en 1998', '98')).toBe(false);
	expect(containsWords('Google Cloud', 'google')).toBe(true);
});
