import type { Paragraph, Sentence } from '../types';
import type { Block } from './draft';
import { segmentSentences } from './segment/segment-sentences';

/** Paragraphs are separated by a blank line in the cleaned text. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** The cleaned text with its paragraph and sentence offsets. */
export interface Assembled {
	text: string;
	paragraphs: Paragraph[];
	sentences: Sentence[];
}

/** Lays the kept blocks out as the final text and computes every offset into it. */
export function assemble(blocks: Block[]): Assembled {
	const paragraphs: Paragraph[] = [];
	const sentences: Sentence[] = [];
	let text = '';
	blocks.forEach((b, index) => {
		if (index > 0) text += PARAGRAPH_SEPARATOR;
		const start = text.length;
		text += b.text;
		paragraphs.push({ start, end: text.length, kind: b.kind ?? 'body' });
		for (const s of segmentSentences(b.text)) {
			sentences.push({ start: start + s.start, end: start + s.end, paragraph: index });
		}
	});
	return { text, paragraphs, sentences };
}
