import { describe, expect, test } from 'vitest';
import type { QuestionOf } from '../questions/schema';
import { gradeChoice } from './grade-choice';

const base = {
	id: 'q-0000000001',
	prompt: 'D’après l’article, qui a suspendu l’application ?',
	evidence: [{ article: 'a', start: 0, end: 5, quote: 'texte' }],
	explanation: { fr: 'Voir l’article.', en: 'See the article.' },
	skill: 'identify-actors' as const,
	difficulty: 1 as const
};
const choices = [
	{ id: 'a', text: 'Le ministère', correct: false },
	{ id: 'b', text: 'L’hébergeur', correct: true },
	{ id: 'c', text: 'La mairie', correct: false }
];
const single: QuestionOf<'single'> = { ...base, type: 'single', choices };
const trueFalse: QuestionOf<'true-false'> = {
	...base,
	type: 'true-false',
	statement: 'L’hébergeur a suspendu l’application lundi.',
	choices: [
		{ id: 'a', text: 'Vrai', correct: true },
		{ id: 'b', text: 'Faux', correct: false }
	]
};
const classification: QuestionOf<'classification'> = {
	...base,
	type: 'classification',
	text: 'Selon le ministre, cette décision est « une erreur ».',
	choices: [
		{ id: 'a', text: 'Un fait', correct: false },
		{ id: 'b', text: 'Une opinion', correct: true }
	]
};
const evidence: QuestionOf<'evidence'> = {
	...base,
	type: 'evidence',
	claim: 'L’application a été suspendue par son hébergeur.',
	sentences: choices
};

describe('gradeChoice', () => {
	test.each([
		['single', single, 'b'],
		['true-false', trueFalse, 'a'],
		['classification', classification, 'b'],
		['evidence', evidence, 'b']
	] as const)('%s: the right choice earns 1 point', (_, question, choice) => {
		expect(gradeChoice(question, choice)).toEqual({
			verdict: 'right',
			points: 1,
			max: 1,
			notes: []
		});
	});

	test('a wrong choice earns nothing, and says which was right', () => {
		expect(gradeChoice(single, 'c')).toEqual({
			verdict: 'wrong',
			points: 0,
			max: 1,
			notes: [{ code: 'expected', expected: 'L’hébergeur', given: 'La mairie' }]
		});
		expect(gradeChoice(trueFalse, 'b').notes).toEqual([
			{ code: 'expected', expected: 'Vrai', given: 'Faux' }
		]);
	});

	test('an id the question does not have is wrong', () => {
		expect(gradeChoice(classification, 'z')).toEqual({
			verdict: 'wrong',
			points: 0,
			max: 1,
			notes: [{ code: 'expected', expected: 'Une opinion' }]
		});
		expect(gradeChoice(evidence, '').verdict).toBe('wrong');
	});
});
