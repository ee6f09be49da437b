import type { CleanArticle } from '../types';

/** A one-paragraph article of the given sentences, for unit tests of the generators. */
export function testArticle(
	id: string,
	sentences: string[],
	title: string | null = null
): CleanArticle {
	const text = sentences.join(' ');
	let at = 0;
	const spans = sentences.map((s) => {
		const start = text.indexOf(s, at);
		at = start + s.length;
		return { start, end: at, paragraph: 0 };
	});
	return {
		id,
		title,
		lang: 'fr',
		text,
		paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
		sentences: spans,
		removed: [],
		meta: {
			source: `${id}.txt`,
			format: 'text',
			date: null,
			outlet: null,
			via: null,
			section: null,
			credits: []
		}
	} as CleanArticle;
}
