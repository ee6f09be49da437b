import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { block, type Block } from '../draft';

/** What an HTML page holds, once its main content is found. */
export interface HtmlArticle {
	title: string | null;
	date: string | null;
	outlet: string | null;
	blocks: Block[];
	/** Photo captions, left out of the text. */
	captions: string[];
}

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre';

/**
 * Finds the main content of a news page with Readability (over linkedom, so no browser is
 * needed) and returns its paragraphs and sub-headings. Null when Readability finds no article.
 */
export function parseHtml(html: string): HtmlArticle | null {
	const { document } = parseHTML(html);
	const article = new Readability(document as unknown as Document).parse();
	if (!article?.content) return null;
	const { document: content } = parseHTML(
		`<!doctype html><html><body>${article.content}</body></html>`
	);
	const blocks: Block[] = [];
	const captions: string[] = [];
	for (const el of content.querySelectorAll(BLOCK_SELECTOR)) {
		// A paragraph inside a list item or quote is read once, with its container.
		if (el.parentElement?.closest(BLOCK_SELECTOR)) continue;
		const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
		if (text === '') continue;
		if (el.tagName === 'FIGCAPTION') captions.push(text);
		else blocks.push(block(text, false, /^H[1-6]$/u.test(el.tagName) ? 'heading' : null));
	}
	return {
		title: article.title?.trim() || null,
		date: article.publishedTime?.slice(0, 10) || null,
		outlet: article.siteName?.trim() || null,
		blocks,
		captions
	};
}
