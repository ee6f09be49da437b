import { block, type Block } from '../draft';
import { parsePlainText } from './parse-plain-text';

/** What the Markdown source says beyond its paragraphs. */
export interface MarkdownArticle {
	title: string | null;
	blocks: Block[];
}

/**
 * Reads a Markdown article: the first `#` heading is the title, other headings are sub-headings,
 * and inline markup (links, emphasis, code) is reduced to its text. Images are left out.
 */
export function parseMarkdown(text: string): MarkdownArticle {
	let title: string | null = null;
	const blocks: Block[] = [];
	for (const b of parsePlainText(text)) {
		const heading = /^(#{1,6})\s+(.*?)\s*#*$/u.exec(b.text);
		if (heading) {
			const words = inlineText(heading[2] ?? '');
			if (heading[1] === '#' && title === null && blocks.length === 0) title = words;
			else blocks.push(block(words, false, 'heading'));
			continue;
		}
		const line = inlineText(b.text.replace(/^(?:>\s*|[-*+]\s+|\d+[.)]\s+)/u, ''));
		if (line !== '' && !/^(?:-{3,}|\*{3,}|_{3,})$/u.test(line)) {
			blocks.push(block(line, b.sameParagraphBreak && blocks.length > 0));
		}
	}
	return { title, blocks };
}

/** `[Amazon](https://…) a **suspendu**` → `Amazon a suspendu`. */
function inlineText(md: string): string {
	return md
		.replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
		.replace(/(\*\*|__)(.+?)\1/gu, '$2')
		.replace(/(?<![\p{L}\d])([*_])(.+?)\1(?![\p{L}\d])/gu, '$2')
		.replace(/`([^`]*)`/gu, '$1')
		.replace(/ {2,}/gu, ' ')
		.trim();
}
