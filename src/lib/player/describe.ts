import { choicesOf } from '$lib/questions/choices';
import type { Question } from '$lib/questions/schema';

/** The right answer as French lines. */
export function describeAnswer(q: Question): string[] {
	switch (q.type) {
		case 'cloze':
		case 'short':
			return [q.accept[0]!];
		case 'ordering':
			return q.order.map((id) => textOf(q.items, id));
		case 'matching':
			return q.pairs.map((p) => `${textOf(q.left, p.left)} → ${textOf(q.right, p.right)}`);
		default:
			return choicesOf(q)
				.filter((c) => c.correct)
				.map((c) => c.text);
	}
}

/**
 * Words of the evidence to highlight: the answer as the article writes it, wherever it stands
 * in the passage (a choice, an accepted word, a matched item).
 */
export function answerTerms(q: Question): string[] {
	switch (q.type) {
		case 'cloze':
		case 'short':
			return [q.accept[0]!];
		case 'true-false':
		case 'classification':
		case 'evidence':
		case 'ordering':
			return [];
		case 'matching':
			return q.right.map((r) => r.text);
		default:
			return describeAnswer(q);
	}
}

/** The text of the item `id` among `items` (choices, ordered or matched items), else the id. */
export function textOf(items: { id: string; text: string }[], id: string): string {
	return items.find((i) => i.id === id)?.text ?? id;
}

/** True when `text[at, at + length)` is not glued to a letter or digit on either side. */
function standsAlone(text: string, at: number, length: number): boolean {
	const word = /[\p{L}\p{N}]/u;
	return !word.test(text[at - 1] ?? '') && !word.test(text[at + length] ?? '');
}

/**
 * A passage cut into plain and highlighted pieces, the highlights being `terms` where they stand
 * as whole words (`5` is marked in `5 personnes`, not in `2015`).
 */
export function highlight(quote: string, terms: string[]): { text: string; marked: boolean }[] {
	const spans: [number, number][] = [];
	for (const term of terms) {
		if (term === '') continue;
		for (let at = quote.indexOf(term); at >= 0; at = quote.indexOf(term, at + 1))
			if (standsAlone(quote, at, term.length)) spans.push([at, at + term.length]);
	}
	spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const pieces: { text: string; marked: boolean }[] = [];
	let pos = 0;
	for (const [s, e] of spans) {
		if (s < pos) continue;
		if (s > pos) pieces.push({ text: quote.slice(pos, s), marked: false });
		pieces.push({ text: quote.slice(s, e), marked: true });
		pos = e;
	}
	if (pos < quote.length) pieces.push({ text: quote.slice(pos), marked: false });
	return pieces;
}
