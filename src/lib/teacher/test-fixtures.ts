import type { Grade, Response } from '../grading/types';
import type { Question } from '../questions/schema';
import type { Assignment } from './assignment';
import type { GradeFn } from './regrade';

/**
 * Shared test material for the teacher toolkit specs: small French questions, an assignment
 * and a stub grader (the real one lives in src/lib/grading and is injected by the app).
 */

/** A single-choice question `q-<hex>` whose right choice is `right`. */
export function single(hex: string, right = 'a'): Question {
	return {
		id: `q-${hex}`,
		type: 'single',
		prompt: 'Quel hébergeur a suspendu le réseau social ?',
		evidence: [{ article: 'art-1', start: 0, end: 10, quote: 'Le service' }],
		explanation: { fr: 'Le texte le dit.', en: 'The text says so.' },
		skill: 'identify-actors',
		difficulty: 1,
		choices: ['a', 'b', 'c'].map((id) => ({ id, text: `Choix ${id}`, correct: id === right }))
	};
}

/** A multiple-choice question whose right choices are a and b (c, d wrong). */
export function multiple(hex: string): Question {
	const base = single(hex);
	return {
		...base,
		type: 'multiple',
		choices: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Choix ${id}`, correct: id < 'c' }))
	} as Question;
}

/** A cloze question accepting « Conseil d'État ». */
export function cloze(hex: string): Question {
	const { id, prompt, evidence, explanation, skill, difficulty } = single(hex);
	const gap = {
		before: 'Le recours a été porté devant le ',
		after: '.',
		accept: ["Conseil d'État"]
	};
	return { id, prompt, evidence, explanation, skill, difficulty, type: 'cloze', ...gap };
}

const grade = (verdict: Grade['verdict'], points: number): Grade => ({
	verdict,
	points,
	max: 1,
	notes: []
});

/** Stub grader: choice questions by key, multiple by share of right picks, cloze by exact text. */
export const stubGrade: GradeFn = (q, r) => {
	if (!r) return grade('unanswered', 0);
	if (q.type === 'multiple' && r.type === 'multiple') {
		const right = q.choices.filter((c) => c.correct).map((c) => c.id);
		const hits = r.choices.filter((id) => right.includes(id)).length;
		const misses = r.choices.length - hits;
		const points = Math.max(0, hits - misses) / right.length;
		return grade(points === 1 ? 'right' : points > 0 ? 'partial' : 'wrong', points);
	}
	if (q.type === 'cloze' && r.type === 'cloze') {
		return q.accept.includes(r.text) ? grade('right', 1) : grade('wrong', 0);
	}
	if ('choices' in q && 'choice' in r) {
		return q.choices.find((c) => c.id === r.choice)?.correct
			? grade('right', 1)
			: grade('wrong', 0);
	}
	return grade('wrong', 0);
};

/** An assignment over `questions`, fixed in time so ids are stable. */
export function assignmentOf(questions: Question[], extra: Partial<Assignment> = {}): Assignment {
	return {
		v: 1,
		title: 'Qui a coupé les serveurs ? — 2nde B',
		setIds: ['comprehension-000_95883bacd4af7707'],
		questionIds: questions.map((q) => q.id),
		shuffle: false,
		feedback: 'end',
		attempts: 2,
		due: '2025-02-14',
		created: '2025-01-20T09:12:44.512Z',
		...extra
	};
}

/** A single-choice response. */
export const pick = (choice: string): Response => ({ type: 'single', choice });
