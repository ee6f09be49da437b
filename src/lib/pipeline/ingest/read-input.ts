import type { Removal } from '../types';
import type { Block } from './draft';
import { IngestError } from './errors';
import { parseHtml } from './formats/parse-html';
import { parseJsonRecord } from './formats/parse-json-record';
import { parseMarkdown } from './formats/parse-markdown';
import { parsePlainText } from './formats/parse-plain-text';

/** An input file read into blocks, with what its format states outright. */
export interface ReadInput {
	format: 'text' | 'markdown' | 'html' | 'json';
	title: string | null;
	date: string | null;
	outlet: string | null;
	blocks: Block[];
	removed: Removal[];
}

/** Reads normalised file content by its format: extension first, then content. */
export function readInput(name: string, text: string): ReadInput {
	const ext = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';
	const base = { title: null, date: null, outlet: null, removed: [] };
	if (ext === 'json' || (ext === '' && /^[{[]/u.test(text))) {
		let record: unknown;
		try {
			record = JSON.parse(text);
		} catch (e) {
			throw new IngestError(
				name,
				'unreadable-format',
				`is not valid JSON (${(e as Error).message})`
			);
		}
		const article = parseJsonRecord(record);
		if (!article) {
			throw new IngestError(
				name,
				'unreadable-format',
				'is JSON without an "article", "body" or "text" field'
			);
		}
		return { ...base, format: 'json', ...article };
	}
	if (['html', 'htm', 'xhtml'].includes(ext) || /^<(?:!doctype html|html)\b/iu.test(text)) {
		const article = parseHtml(text);
		if (!article)
			throw new IngestError(
				name,
				'unreadable-format',
				'is HTML with no article content Readability could find'
			);
		const removed = article.captions.map((text) => ({ text, reason: 'photo-caption' as const }));
		return { ...base, format: 'html', ...article, removed };
	}
	if (['md', 'markdown'].includes(ext)) {
		return { ...base, format: 'markdown', ...parseMarkdown(text) };
	}
	return { ...base, format: 'text', blocks: parsePlainText(text) };
}
