import type { Localized, Question, SetKind } from '$lib/questions/schema';

/** A set as the teacher's form lists it: enough to pick it or some of its questions. */
export interface CatalogueSet {
	id: string;
	kind: SetKind;
	title: Localized;
	level: string;
	questions: { id: string; type: Question['type']; prompt: string }[];
}
