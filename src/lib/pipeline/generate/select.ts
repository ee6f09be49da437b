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
 * Keeps the best questions of an article: highest score first, no more than `MAX_PER_TYPE` of a
 * type, no sentence shown by two questions (context sentences included), never two questions with
 * the same answer, and never a question
 * whose answer shows in another's text (the 2018 of a cloze in a true/false statement). The
 * result is in reading order, as a student meets the passages.
 */
export function selectQuestions(candidates: Candidate[], target = TARGET_QUESTIONS): Candidate[] {
	const ranked = [...candidates].sort(
		(a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id)
	);
	const picked: Candidate[] = [];
	const perType = new Map<string, number>();
	const answers = new Set<string>();
	for (const c of ranked) {
		if (picked.length >= target) break;
		const type = c.question.type;
		const shown = c.question.evidence.map((e) => [e.article, e.start, e.end] as const);
		const answer = [...c.supports].sort().join('|');
		if ((perType.get(type) ?? 0) >= MAX_PER_TYPE || answers.has(answer)) continue;
		// Figures are the easiest thing to ask and the least worth remembering: three at most.
		const figure = c.question.skill === 'read-numbers' || c.question.skill === 'read-dates';
		if (
			figure &&
			picked.filter((p) => p.question.skill === 'read-numbers' || p.question.skill === 'read-dates')
				.length >= MAX_FIGURES
		)
			continue;
		// No sentence is shown by two questions: one would show the other's answer.
		if (picked.some((p) => overlaps(p, shown)) || picked.some((p) => leaks(p, c) || leaks(c, p)))
			continue;
		picked.push(c);
		answers.add(answer);
		perType.set(type, (perType.get(type) ?? 0) + 1);
	}
	return picked.sort(
		(a, b) =>
			a.question.evidence[0]!.start - b.question.evidence[0]!.start ||
			a.question.id.localeCompare(b.question.id)
	);
}

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

/** True when `a` shows a number or date that is `b`'s answer. Names recur by nature; they don't count. */
function leaks(a: Candidate, b: Candidate): boolean {
	if (!/^(?:number|date|statement):/u.test(b.asks)) return false;
	const shown = visibleText(a);
	return b.supports.some((s) => (/\d/u.test(s) ? containsWords(shown, s) : false));
}

function overlaps(c: Candidate, spans: (readonly [string, number, number])[]): boolean {
	return c.question.evidence.some((e) =>
		spans.some(([a, start, end]) => a === e.article && start < e.end && e.start < end)
	);
}
