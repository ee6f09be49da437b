import type { CleanArticle } from '../types';

/** A cleaned article for unit tests: one paragraph per string, sentences split after `. `. */
export function testArticle(
	id: string,
	paragraphs: string[],
	date: string | null = null,
	title: string | null = null
): CleanArticle {
	let text = '';
	const paras: CleanArticle['paragraphs'] = [];
	const sentences: CleanArticle['sentences'] = [];
	paragraphs.forEach((p, k) => {
		if (k > 0) text += '\n\n';
		const start = text.length;
		text += p;
		paras.push({ start, end: text.length, kind: 'body' });
		for (const m of p.matchAll(/[^.!?]+[.!?]+(?=\s|$)/gu)) {
			const s = start + m.index + (m[0].length - m[0].trimStart().length);
			sentences.push({ start: s, end: start + m.index + m[0].length, paragraph: k });
		}
	});
	return {
		id,
		title,
		lang: 'fr',
		text,
		paragraphs: paras,
		sentences,
		removed: [],
		meta: {
			source: `${id}.txt`,
			format: 'text',
			date,
			outlet: null,
			via: null,
			section: null,
			credits: []
		}
	};
}
