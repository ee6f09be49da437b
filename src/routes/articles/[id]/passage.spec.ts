import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CleanArticle } from '$lib/pipeline/types';
import { paragraphViews, parsePassageHash, type ParagraphView } from './passage';

const article = JSON.parse(
	readFileSync('questions/articles/004_a48c35482a6a8191.json', 'utf8')
) as CleanArticle;

const render = (p: ParagraphView) =>
	p.parts
		.map((part) => (typeof part === 'string' ? part : part.pieces.map((x) => x.text).join('')))
		.join('');

describe('parsePassageHash', () => {
	test.each([
		['#passage-10-40', { start: 10, end: 40 }],
		['#passage-40-10', null],
		['#passage-0-99999999', null],
		['#s-3', null],
		['', null]
	])('%s', (hash, expected) => {
		expect(parsePassageHash(hash, article.text.length)).toEqual(expected);
	});
});

describe('paragraphViews', () => {
	test('renders every paragraph as exactly its text, numbering sentences in order', () => {
		const views = paragraphViews(article, null);
		views.forEach((v, i) => {
			const p = article.paragraphs[i]!;
			expect(render(v)).toBe(article.text.slice(p.start, p.end));
		});
		const indices = views.flatMap((v) =>
			v.parts.flatMap((p) => (typeof p === 'string' ? [] : [p.index]))
		);
		expect(indices).toEqual(article.sentences.map((_, i) => i));
	});

	test('marks exactly the highlighted characters, across sentences', () => {
		const start = article.sentences[1]!.start + 5;
		const end = article.sentences[2]!.end - 5;
		const views = paragraphViews(article, { start, end });
		const marked = views
			.flatMap((v) => v.parts)
			.flatMap((p) => (typeof p === 'string' ? [] : p.pieces.filter((x) => x.marked)))
			.map((x) => x.text);
		expect(marked.join('')).toBe(
			article.sentences
				.slice(1, 3)
				.map((s) => article.text.slice(Math.max(s.start, start), Math.min(s.end, end)))
				.join('')
		);
		views.forEach((v, i) =>
			expect(render(v)).toBe(
				article.text.slice(article.paragraphs[i]!.start, article.paragraphs[i]!.end)
			)
		);
	});
});
