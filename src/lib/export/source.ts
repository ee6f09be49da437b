import type { Question, QuestionSet, QuestionType } from '$lib/questions/schema';

/**
 * What the exporters read: a committed set, or a teacher's assignment (questions picked across
 * sets, with a title). Kept apart from the set schema so an assignment needs no kind nor level.
 */
export interface ExportSource {
	/** Used in file names and package identifiers. */
	id: string;
	/** Shown to the teacher in the LMS (French). */
	title: string;
	questions: readonly Question[];
}

/** A committed set or an assignment. */
export type ExportInput = QuestionSet | ExportSource;

/** What every exporter accepts besides the questions. */
export interface ExportOptions {
	/** Article titles by article id, so feedback can name the article a passage comes from. */
	articleTitles?: Readonly<Record<string, string>>;
}

/** A question left out of an export, and why (the format has no such question type...). */
export interface Skipped {
	id: string;
	type: QuestionType;
	reason: string;
}

/** An export's content and the questions it had to leave out. */
export interface ExportResult<T> {
	content: T;
	skipped: Skipped[];
}

/** The export view of a set (its French title) or of an assignment (as given). */
export function toSource(input: ExportInput): ExportSource {
	const title = typeof input.title === 'string' ? input.title : input.title.fr;
	return { id: input.id, title, questions: input.questions };
}
