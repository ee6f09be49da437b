import * as v from 'valibot';
import { choicesOf, Question } from '../../questions/schema';
import type { CleanArticle } from '../types';
import type { Candidate } from '../generate/candidate';
import { GAP } from '../generate/gap';

/** What a check reads besides the question: the articles its evidence points into. */
export interface CheckContext {
	articles: Map<string, CleanArticle>;
}

/** A hard check: the reason the question fails, or null when it passes. */
export type Check = (candidate: Candidate, ctx: CheckContext) => string | null;

/** The last text lowered, and its lower case: callers look for many words in one text. */
let lowered = { text: '', lower: '' };

/** True when `needle` stands in `text` as whole words (`98` is not in `1998`). */
export function containsWords(text: string, needle: string): boolean {
	if (needle === '') return false;
	// `toLowerCase` lowers French as `toLocaleLowerCase('fr')` does, several times faster.
	if (lowered.text !== text) lowered = { text, lower: text.toLowerCase() };
	const hay = lowered.lower;
	const want = needle.toLowerCase();
	const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\d]/u.test(c);
	for (let at = hay.indexOf(want); at >= 0; at = hay.indexOf(want, at + 1)) {
		if (!wordChar(hay[at - 1]) && !wordChar(hay[at + want.length])) return true;
	}
	return false;
}

/** The question has the shape the app reads. */
export const matchesSchema: Check = ({ question }) => {
	const result = v.safeParse(Question, question);
	return result.success ? null : `schema: ${result.issues.map((i) => i.message).join('; ')}`;
};

/** Every evidence quote is exactly the article's text at its offsets. */
export const evidenceMatches: Check = ({ question }, { articles }) => {
	for (const e of question.evidence) {
		const article = articles.get(e.article);
		if (!article) return `evidence: unknown article ${e.article}`;
		if (article.text.slice(e.start, e.end) !== e.quote)
			return `evidence: quote differs from ${e.article} at ${e.start}-${e.end}`;
	}
	return null;
};

/** No evidence lies in a sub-heading or in what was removed from the page. */
export const evidenceIsArticleText: Check = ({ question }, { articles }) => {
	for (const e of question.evidence) {
		const article = articles.get(e.article)!;
		const heading = article.paragraphs.some(
			(p) => p.kind === 'heading' && p.start <= e.start && e.end <= p.end
		);
		if (heading) return 'evidence: lies in a sub-heading';
		if (article.removed.some((r) => r.text.includes(e.quote)))
			return 'evidence: lies in removed boilerplate';
	}
	return null;
};

/** The right answer is in the evidence; wrong choices and false values are not. */
export const answerSupported: Check = ({ question, supports, contradicts }) => {
	const quotes = question.evidence.map((e) => e.quote);
	for (const s of supports)
		if (!quotes.some((q) => q.includes(s))) return `answer: “${s}” is not in the evidence`;
	for (const c of contradicts)
		if (quotes.some((q) => containsWords(q, c)))
			return `wrong choice: “${c}” is also in the evidence`;
	return null;
};

/** The prompt does not give the answer away. */
export const noGiveaway: Check = ({ question, supports }) => {
	const shown = question.prompt.replaceAll(GAP, ' ');
	const answers =
		question.type === 'cloze' || question.type === 'short'
			? question.accept
			: question.type === 'true-false'
				? []
				: choicesOf(question)
						.filter((c) => c.correct)
						.map((c) => c.text);
	for (const a of answers) if (containsWords(shown, a)) return `giveaway: the prompt shows “${a}”`;
	if (
		question.type === 'cloze' &&
		supports.some((s) => containsWords(question.before + ' ' + question.after, s))
	) {
		return 'giveaway: the answer is also in the sentence';
	}
	return null;
};

/** Choices differ from one another. */
export const distinctChoices: Check = ({ question }) => {
	if (!('choices' in question)) return null;
	const texts = question.choices.map((c) => c.text.toLowerCase());
	return new Set(texts).size === texts.length ? null : 'choices: two choices are the same';
};

/** French typography in what the generator wrote: no-break space before `? ! : ;` and in « ». */
export const frenchTypography: Check = ({ question }) => {
	const texts = [question.prompt, question.explanation.fr];
	for (const t of texts) {
		if (/ [?!:;](?=\s|$)/u.test(t)) return 'typography: ordinary space before ? ! : ;';
		if (/[^\s\u00A0\u202F][?!;](?=\s|$)/u.test(t.replace(/«[^»]*»/gu, '')))
			return 'typography: no space before ? ! ;';
		if (/«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»/u.test(t))
			return 'typography: no no-break space inside « »';
		if (/ {2,}/u.test(t)) return 'typography: double space';
	}
	return null;
};

/** Every hard check, in the order they run. */
export const CHECKS: Check[] = [
	matchesSchema,
	evidenceMatches,
	evidenceIsArticleText,
	answerSupported,
	noGiveaway,
	distinctChoices,
	frenchTypography
];
