import type { Response } from '$lib/grading/types';
import { choicesOf } from '$lib/questions/choices';
import type { Question } from '$lib/questions/schema';
import { textOf } from './describe';

/**
 * A learner's answer as French lines to show in the review (the answer is in the article's
 * language); an empty list when there is none.
 */
export function describeResponse(q: Question, r: Response | undefined): string[] {
	if (!r || r.type !== q.type) return [];
	switch (r.type) {
		case 'cloze':
		case 'short':
			return r.text.trim() === '' ? [] : [r.text.trim()];
		case 'multiple':
			return choicesOf(q)
				.filter((c) => r.choices.includes(c.id))
				.map((c) => c.text);
		case 'ordering':
			return q.type === 'ordering' ? r.order.map((id) => textOf(q.items, id)) : [];
		case 'matching':
			return q.type === 'matching'
				? q.left
						.filter((l) => r.pairs[l.id])
						.map((l) => `${l.text} → ${textOf(q.right, r.pairs[l.id]!)}`)
				: [];
		default:
			return choicesOf(q)
				.filter((c) => c.id === r.choice)
				.map((c) => c.text);
	}
}
