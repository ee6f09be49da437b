import type { Choice, Evidence, Localized, Question, Skill } from '../../questions/schema';
import type { SentenceText } from '../extract/sentences';
import type { CleanArticle } from '../types';
import { hash10, stableShuffle } from './hash';
import { wordCount } from '../word-count';

/** A question before validation, with what ranking and validation need to know of it. */
export interface Candidate {
	question: Question;
	/** How informative it is: higher is better. */
	score: number;
	/** The sentence it is built on (article id + sentence index), to spread questions out. */
	passage: string;
	/** What the question asks about, to tell two questions asking the same thing. */
	asks: string;
	/** Article text the answer must be read in (the gap's content, the changed slot's original). */
	supports: string[];
	/** Texts that must not be supported by the evidence (wrong choices, a false statement's value). */
	contradicts: string[];
}

/** The evidence for a span of an article: the exact quote at those offsets. */
export function evidenceOf(article: CleanArticle, start: number, end: number): Evidence {
	return { article: article.id, start, end, quote: article.text.slice(start, end) };
}

/** A question's stable id, from its type, evidence and answer. */
export function questionId(type: string, evidence: Evidence[], answer: string): string {
	const where = evidence.map((e) => `${e.article}:${e.start}-${e.end}`).join(',');
	return `q-${hash10(`${type}|${where}|${answer}`)}`;
}

/** Choices in a stable shuffled order, lettered a, b, c… */
export function letteredChoices(right: string[], wrong: string[], seed: string): Choice[] {
	const all = [
		...right.map((text) => ({ text, correct: true })),
		...wrong.map((text) => ({ text, correct: false }))
	];
	return stableShuffle(all, (c) => c.text, seed).map((c, i) => ({
		id: String.fromCharCode(97 + i),
		...c
	}));
}

/** Shared fields of a question. */
export function baseFields(
	type: Question['type'],
	evidence: Evidence[],
	answer: string,
	prompt: string,
	explanation: Localized,
	skill: Skill,
	difficulty: 1 | 2 | 3
) {
	return {
		id: questionId(type, evidence, answer),
		prompt,
		evidence,
		explanation,
		skill,
		difficulty
	};
}

/** 1 for a short sentence, 2 for a long one, 3 for a very long one, capped with `base`. */
export function difficultyOf(base: number, quote: string): 1 | 2 | 3 {
	const words = wordCount(quote);
	return Math.min(3, base + (words > 35 ? 1 : 0)) as 1 | 2 | 3;
}

/** The prompt every true/false question asks, with French typography. */
export const TRUE_FALSE_PROMPT =
	'D’après l’article, cette affirmation est-elle vraie ou fausse\u00A0?';

/** The two choices of a true/false question, `Vrai` right when `truth`. */
export function trueFalseChoices(truth: boolean): Choice[] {
	return [
		{ id: 'a', text: 'Vrai', correct: truth },
		{ id: 'b', text: 'Faux', correct: !truth }
	];
}

/**
 * A true/false question on one sentence of the article: `statement` as the student reads it,
 * true unless `makeFalse`. `supports` holds what the sentence says at the slot, `contradicts`
 * what a false statement puts there instead.
 */
export function trueFalseCandidate(
	article: CleanArticle,
	s: SentenceText,
	statement: string,
	makeFalse: boolean,
	explanation: Localized,
	what: { asks: string; supports: string[]; contradicts: string[] }
): Candidate {
	return {
		score: makeFalse ? 7 : 5,
		passage: `${article.id}#${s.index}`,
		...what,
		question: {
			...baseFields(
				'true-false',
				[evidenceOf(article, s.start, s.end)],
				statement,
				TRUE_FALSE_PROMPT,
				explanation,
				'check-statements',
				difficultyOf(makeFalse ? 2 : 1, s.text)
			),
			type: 'true-false',
			statement,
			choices: trueFalseChoices(!makeFalse)
		}
	};
}
