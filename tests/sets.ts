import { readdirSync, readFileSync } from 'node:fs';
import type { Question, QuestionSet } from '../src/lib/questions/schema';

/** The generated sets the site is built from, to check the player against. */
export const sets: QuestionSet[] = readdirSync('questions/sets')
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(`questions/sets/${f}`, 'utf8')) as QuestionSet);

/** The set with the most questions: the one a whole-run test takes. */
export const longest: QuestionSet = [...sets].sort(
	(a, b) => b.questions.length - a.questions.length
)[0]!;

/** A word with its accents removed (`téléchargée` → `telechargee`). */
export function withoutAccents(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The first typed answer a learner could get slightly wrong: a long word, no digits. */
export function typoOf(text: string): string | null {
	const word = text.split(/\s+/u).find((w) => w.length >= 7 && !/\d/u.test(w));
	if (!word) return null;
	const i = Math.floor(word.length / 2);
	const typo = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
	return typo === word ? null : text.replace(word, typo);
}

/** The right choice texts of a choice question. */
export function rightChoices(q: Question): string[] {
	const choices = 'choices' in q ? q.choices : q.type === 'evidence' ? q.sentences : [];
	return choices.filter((c) => c.correct).map((c) => c.text);
}

/** A wrong choice text of a choice question. */
export function wrongChoice(q: Question): string {
	const choices = 'choices' in q ? q.choices : q.type === 'evidence' ? q.sentences : [];
	return choices.find((c) => !c.correct)!.text;
}
