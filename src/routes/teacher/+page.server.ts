import { sets } from '$lib/server/sets';
import type { CatalogueSet } from './catalogue';
import type { PageServerLoad } from './$types';

/** The teacher picks from every set: titles, kinds, and each question's prompt and type. */
export const load: PageServerLoad = () => ({
	sets: sets.map((s): CatalogueSet => ({
		id: s.id,
		kind: s.kind,
		title: s.title,
		level: s.level,
		questions: s.questions.map((q) => ({ id: q.id, type: q.type, prompt: q.prompt }))
	}))
});
