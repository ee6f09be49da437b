import type { Assignment } from '$lib/teacher/assignment';
import type { CatalogueSet } from './catalogue';

/** What the teacher fills in on /teacher. */
export interface AssignmentForm {
	title: string;
	/** Ids of the picked questions (picking a set picks all of its questions). */
	picked: string[];
	/** Keep only the first N picked questions, or all of them (null). */
	limit: number | null;
	shuffle: boolean;
	feedback: 'each' | 'end';
	/** Attempts allowed, null for unlimited. */
	attempts: number | null;
	/** `YYYY-MM-DD` from a date input, or '' for none. */
	due: string;
}

/** Why a field is refused; the page words each one in both languages. */
export interface FormErrors {
	title?: 'required' | 'long';
	questions?: 'none';
	limit?: 'range';
	due?: 'invalid' | 'past';
}

/** Longest title accepted (the link format allows 300 characters; a title is a line). */
export const MAX_TITLE = 120;

/** The picked question ids in catalogue order (set by set, question by question), cut to `limit`. */
export function chosenQuestions(form: AssignmentForm, sets: readonly CatalogueSet[]): string[] {
	const picked = new Set(form.picked);
	const ids = sets.flatMap((s) => s.questions.filter((q) => picked.has(q.id)).map((q) => q.id));
	return form.limit === null ? ids : ids.slice(0, form.limit);
}

/**
 * The problems of a form, by field; empty when the link can be made. `today` is the local date
 * as `YYYY-MM-DD`: a due date before it is refused (a link already late helps no one).
 */
export function validateForm(
	form: AssignmentForm,
	sets: readonly CatalogueSet[],
	today: string
): FormErrors {
	const errors: FormErrors = {};
	const title = form.title.trim();
	if (title === '') errors.title = 'required';
	else if (title.length > MAX_TITLE) errors.title = 'long';
	const count = chosenQuestions({ ...form, limit: null }, sets).length;
	if (count === 0) errors.questions = 'none';
	else if (form.limit !== null && (!Number.isInteger(form.limit) || form.limit < 1))
		errors.limit = 'range';
	if (form.due !== '') {
		if (!/^\d{4}-\d{2}-\d{2}$/u.test(form.due) || Number.isNaN(Date.parse(form.due)))
			errors.due = 'invalid';
		else if (form.due < today) errors.due = 'past';
	}
	return errors;
}

/**
 * The assignment a valid form describes (call `validateForm` first). Sets are listed only when
 * at least one of their questions is kept, so the student's page fetches no more than needed.
 */
export function buildAssignment(
	form: AssignmentForm,
	sets: readonly CatalogueSet[],
	created: string
): Assignment {
	const questionIds = chosenQuestions(form, sets);
	const kept = new Set(questionIds);
	return {
		v: 1,
		title: form.title.trim().replace(/\s+/gu, ' '),
		setIds: sets.filter((s) => s.questions.some((q) => kept.has(q.id))).map((s) => s.id),
		questionIds,
		shuffle: form.shuffle,
		feedback: form.feedback,
		attempts: form.attempts,
		due: form.due === '' ? null : form.due,
		created
	};
}

/** Today in the browser's time zone as `YYYY-MM-DD` (what a date input holds). */
export function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
