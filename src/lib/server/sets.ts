import type { QuestionSet } from '$lib/questions/schema';

/** The generated question sets, read at build time; pages get only what their load returns. */
const modules = import.meta.glob<QuestionSet>('/questions/sets/*.json', {
	eager: true,
	import: 'default'
});

/** Every set, in id order. */
export const sets: QuestionSet[] = Object.values(modules).sort((a, b) => a.id.localeCompare(b.id));

/** The set with this id, or undefined. */
export function findSet(id: string): QuestionSet | undefined {
	return sets.find((s) => s.id === id);
}
