import { resolve } from '$app/paths';
import type { ArticleRef } from '$lib/print/article-ref';
import type { SetData } from '$lib/player/set-data';
import type { Question, QuestionSet } from '$lib/questions/schema';
import { assignmentQuestions, type Assignment } from '$lib/teacher';

/** An assignment's questions as the site has them now, and the ids it no longer has. */
export interface AssignmentContent {
	questions: Question[];
	missing: string[];
}

/**
 * Loads the sets an assignment draws from (prerendered JSON of this site) and picks its
 * questions. A set the site no longer has leaves its questions in `missing`; a network failure
 * rejects, so the page can say so.
 */
export async function fetchAssignment(assignment: Assignment): Promise<AssignmentContent> {
	const sets: QuestionSet[] = [];
	for (const id of assignment.setIds) {
		const response = await fetch(resolve('/data/sets/[id].json', { id }));
		if (response.ok) sets.push(((await response.json()) as SetData).set);
		else if (response.status !== 404) throw new Error(`set ${id}: HTTP ${response.status}`);
	}
	return assignmentQuestions(assignment, sets);
}

/** Every article's reference, for answer keys and export feedback; empty if it fails to load. */
export async function fetchArticleRefs(): Promise<Record<string, ArticleRef>> {
	try {
		const response = await fetch(resolve('/data/article-labels.json'));
		return response.ok ? ((await response.json()) as Record<string, ArticleRef>) : {};
	} catch {
		return {};
	}
}
