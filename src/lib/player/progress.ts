import type { Response } from '$lib/grading/types';

/** When feedback shows: after each question, or only in the review at the end. */
export type FeedbackMode = 'each' | 'end';

/**
 * Where a learner is in a set, saved after every change so a reload resumes exactly there.
 * Plain data: it goes to localStorage as JSON.
 */
export interface Progress {
	v: 1;
	set: string;
	/** The ids of the questions being taken in this round, in order (all, or the missed ones). */
	round: string[];
	/** Index in `round` of the question on screen. */
	at: number;
	/** The answer given to each question, as soon as it is given. */
	responses: Record<string, Response>;
	/** Questions whose answer was checked (feedback shown, answer locked). */
	checked: string[];
	feedback: FeedbackMode;
	/** True once the learner has finished the round and sees the review. */
	finished: boolean;
	/** 1 for the first round, +1 for each retry of missed questions. */
	attempt: number;
}

/** A fresh start on a set. */
export function startProgress(set: string, ids: string[], feedback: FeedbackMode): Progress {
	return {
		v: 1,
		set,
		round: [...ids],
		at: 0,
		responses: {},
		checked: [],
		feedback,
		finished: false,
		attempt: 1
	};
}

/** Records an answer (not for a checked question: its answer is locked). */
export function answer(p: Progress, id: string, response: Response): Progress {
	if (p.checked.includes(id) || p.finished) return p;
	return { ...p, responses: { ...p.responses, [id]: response } };
}

/** Marks a question checked: its feedback shows and its answer can no longer change. */
export function check(p: Progress, id: string): Progress {
	return p.checked.includes(id) ? p : { ...p, checked: [...p.checked, id] };
}

/** Moves to question `index` of the round (clamped). */
export function goTo(p: Progress, index: number): Progress {
	return { ...p, at: Math.min(Math.max(0, index), p.round.length - 1) };
}

/** Ids of the round not answered yet, in round order. */
export function unanswered(p: Progress): string[] {
	return p.round.filter((id) => !(id in p.responses));
}

/** Ends the round: every answer is checked and the review shows. */
export function finish(p: Progress): Progress {
	return { ...p, finished: true, checked: [...new Set([...p.checked, ...p.round])] };
}

/**
 * A new round with only the questions not fully right (`missed`), their answers cleared; the
 * answers to the others are kept so the final review still shows them.
 */
export function retry(p: Progress, missed: string[]): Progress {
	const responses = { ...p.responses };
	for (const id of missed) delete responses[id];
	return {
		...p,
		round: [...missed],
		at: 0,
		responses,
		checked: p.checked.filter((id) => !missed.includes(id)),
		finished: false,
		attempt: p.attempt + 1
	};
}

/**
 * Keeps a saved progress usable when the set changed since (regenerated): questions that no longer
 * exist are dropped. Returns null when nothing of the round is left.
 */
export function reconcile(p: Progress, ids: string[]): Progress | null {
	const known = new Set(ids);
	const round = p.round.filter((id) => known.has(id));
	if (round.length === 0) return null;
	const responses = Object.fromEntries(Object.entries(p.responses).filter(([id]) => known.has(id)));
	return {
		...p,
		round,
		at: Math.min(p.at, round.length - 1),
		responses,
		checked: p.checked.filter((id) => known.has(id))
	};
}
