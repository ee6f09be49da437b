import type { Choice, Question } from './schema';

/**
 * The choices a question offers (the sentences of an evidence question), or none for typed,
 * ordering and matching questions. Apart from the schema so the app uses it without valibot.
 */
export function choicesOf(q: Question): Choice[] {
	if ('choices' in q) return q.choices;
	if (q.type === 'evidence') return q.sentences;
	return [];
}
