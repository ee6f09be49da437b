import type { Candidate } from './candidate';
import { containsWords } from '../validate/checks';

/**
 * A set should hold 8 to 15 questions (12 is a lesson's worth). A short article may not support
 * 8 questions that pass every rule: it then gets a shorter set (never below `MIN_QUESTIONS`),
 * flagged in the report, rather than padding with weaker questions.
 */
export const TARGET_QUESTIONS_MIN = 8;
export const MIN_QUESTIONS = 2;
export const TARGET_QUESTIONS = 12;
export const MAX_PER_TYPE = 4;
export const MAX_FIGURES = 3;
/**
 * Caps of the second pass, which runs only when the first leaves the set under
 * `TARGET_QUESTIONS_MIN`: a short article full of figures (an AFP round-up of death tolls) may
 * give more figures rather than a set too short to be a lesson, and stops at the minimum.
 */
export const MAX_PER_TYPE_SHORT = 6;
/**
 * Questions that share their choices (the article's four quoted people, its four countries):
 * a third one repeats the same list and is answered by elimination.
 */
export const MAX_SAME_CHOICES = 2;
const SHARED_CHOICES = /^(?:speaker|place):/u;
export const MAX_FIGURES_SHORT = 5;

/**
 * Keeps the best questions of an article: highest score first, no more than `MAX_PER_TYPE` of a
 * type, no sentence shown by two questions (context sentences included), never two questions with
 * the same answer (in a short set, a name may answer two), and never a question
 * whose answer shows in another's text (the 2018 of a cloze in a true/false statement). The
 * result is in reading order, as a student meets the passages.
 */
export function selectQuestions(candidates: Candidate[], target = TARGET_QUESTIONS): Candidate[] {
	const ranked = [...candidates].sort(
		(a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id)
	);
	const picked: Candidate[] = [];
	pick(ranked, picked, target, MAX_PER_TYPE, MAX_FIGURES, 1);
	if (picked.length < TARGET_QUESTIONS_MIN)
		pick(ranked, picked, TARGET_QUESTIONS_MIN, MAX_PER_TYPE_SHORT, MAX_FIGURES_SHORT, 2);
	return picked.sort(
		(a, b) =>
			a.question.evidence[0]!.start - b.question.evidence[0]!.start ||
			a.question.id.localeCompare(b.question.id)
	);
}

const isFigure = (c: Candidate) =>
	c.question.skill === 'read-numbers' || c.question.skill === 'read-dates';

/** Adds to `picked`, best first, the candidates that fit under the caps, up to `target`. */
function pick(
	ranked: Candidate[],
	picked: Candidate[],
	target: number,
	maxPerType: number,
	maxFigures: number,
	maxSameAnswer: number
): void {
	const perType = new Map<string, number>();
	for (const p of picked) perType.set(p.question.type, (perType.get(p.question.type) ?? 0) + 1);
	const answers = new Map<string, number>();
	for (const p of picked) answers.set(answerOf(p), (answers.get(answerOf(p)) ?? 0) + 1);
	let figures = picked.filter(isFigure).length;
	for (const c of ranked) {
		if (picked.length >= target) break;
		if (picked.includes(c)) continue;
		const type = c.question.type;
		const shown = c.question.evidence.map((e) => [e.article, e.start, e.end] as const);
		const answer = answerOf(c);
		if ((perType.get(type) ?? 0) >= maxPerType) continue;
		const family = SHARED_CHOICES.exec(c.asks)?.[0];
		if (family && picked.filter((p) => p.asks.startsWith(family)).length >= MAX_SAME_CHOICES)
			continue;
		// The same answer twice lets a student guess; a name (the one firm that acts) may come
		// back once in a short set, a number or a date (`Samedi` twice) never.
		const same = answers.get(answer) ?? 0;
		if (same >= maxSameAnswer || (same > 0 && (/\d/u.test(answer) || isFigure(c)))) continue;
		// Figures are the easiest thing to ask and the least worth remembering: capped.
		if (isFigure(c) && figures >= maxFigures) continue;
		// No sentence is shown by two questions: one would show the other's answer.
		if (picked.some((p) => overlaps(p, shown)) || picked.some((p) => leaks(p, c) || leaks(c, p)))
			continue;
		picked.push(c);
		answers.set(answer, same + 1);
		perType.set(type, (perType.get(type) ?? 0) + 1);
		if (isFigure(c)) figures++;
	}
}

const answerOf = (c: Candidate) => [...c.supports].sort().join('|');

/** What a student sees of a question: prompt, statement, sentence around the gap, choices. */
function visibleText(c: Candidate): string {
	const q = c.question;
	const parts = [
		q.prompt,
		'statement' in q ? q.statement : '',
		q.type === 'cloze' ? `${q.before} ${q.after}` : ''
	];
	if ('choices' in q && q.type !== 'true-false') parts.push(...q.choices.map((x) => x.text));
	return parts.join(' ');
}

/**
 * True when `a` shows `b`'s answer: a number, a date, a day, a length of time or a changed word
 * anywhere in it (`samedi` in a passage, `une semaine` in a statement); a name only with the fact
 * `b` asks about (`Jimmy Lai, richissime magnat…` beside `[…], richissime magnat…`), since names
 * recur by nature.
 */
function leaks(a: Candidate, b: Candidate): boolean {
	const shown = visibleText(a);
	if (/^(?:number|date|statement|duration|opposite):/u.test(b.asks))
		return b.supports.some((s) => containsWords(shown, s));
	// A name typed from memory (`qui est le PDG de Parler ?`): any form of it shown elsewhere
	// hands it over (`Bien que Matze ait déclaré…`).
	const q = b.question;
	if ((q.type === 'short' || q.type === 'cloze') && /^(?:role|name):/u.test(b.asks))
		return q.accept.some((form) => containsWords(shown, form));
	if (!/^(?:name|actor|according|place|role|speaker):/u.test(b.asks)) return false;
	const answer = b.supports.find((s) => containsWords(shown, s));
	if (!answer) return false;
	const fact = stems(b.question.evidence.map((e) => e.quote).join(' '));
	let shared = 0;
	for (const stem of stems(shown)) if (fact.has(stem) && ++shared >= 3) return true;
	return false;
}

/** The stems (first five letters) of a text's lower-case words of six letters or more. */
function stems(text: string): Set<string> {
	return new Set((text.match(/(?<![\p{L}])\p{Ll}{6,}/gu) ?? []).map((w) => w.slice(0, 5)));
}

function overlaps(c: Candidate, spans: (readonly [string, number, number])[]): boolean {
	return c.question.evidence.some((e) =>
		spans.some(([a, start, end]) => a === e.article && start < e.end && e.start < end)
	);
}
