import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/questions/schema';
import { answerTerms, describeAnswer, highlight } from './describe';
import { describeResponse } from './describe-response';

const base = {
	id: 'q-0000000000',
	prompt: 'Qui a décidé de suspendre le compte ?',
	evidence: [{ article: 'a', start: 0, end: 10, quote: 'x' }],
	explanation: { fr: 'x', en: 'x' },
	skill: 'identify-actors' as const,
	difficulty: 1 as const
};
const single: Question = {
	...base,
	type: 'single',
	choices: [
		{ id: 'a', text: 'Google', correct: false },
		{ id: 'b', text: 'la société', correct: true },
		{ id: 'c', text: 'Apple', correct: false }
	]
};
const matching: Question = {
	...base,
	type: 'matching',
	left: [
		{ id: 'l1', text: '« Nous partons »' },
		{ id: 'l2', text: '« Nous restons »' }
	],
	right: [
		{ id: 'r1', text: 'la ministre' },
		{ id: 'r2', text: 'le maire' }
	],
	pairs: [
		{ left: 'l1', right: 'r2' },
		{ left: 'l2', right: 'r1' }
	]
};

describe('describing answers', () => {
	it('shows a choice by its text, and nothing for no answer or a mismatched type', () => {
		expect(describeResponse(single, { type: 'single', choice: 'c' })).toEqual(['Apple']);
		expect(describeResponse(single, undefined)).toEqual([]);
		expect(describeResponse(single, { type: 'short', text: 'Apple' })).toEqual([]);
		expect(describeAnswer(single)).toEqual(['la société']);
	});

	it('shows matches as pairs, leaving out unmatched items', () => {
		expect(describeResponse(matching, { type: 'matching', pairs: { l2: 'r2' } })).toEqual([
			'« Nous restons » → le maire'
		]);
		expect(describeAnswer(matching)).toEqual([
			'« Nous partons » → le maire',
			'« Nous restons » → la ministre'
		]);
	});

	it('highlights every occurrence of the answer terms, longest first', () => {
		expect(highlight('la société et la société mère', answerTerms(single))).toEqual([
			{ text: 'la société', marked: true },
			{ text: ' et ', marked: false },
			{ text: 'la société', marked: true },
			{ text: ' mère', marked: false }
		]);
		expect(highlight('rien ici', ['absent'])).toEqual([{ text: 'rien ici', marked: false }]);
		expect(highlight('en 2015, 5 morts', ['5'])).toEqual([
			{ text: 'en 2015, ', marked: false },
			{ text: '5', marked: true },
			{ text: ' morts', marked: false }
		]);
	});
});
