import type { Block, Draft } from '../draft';
import { endsWithGluedOpener } from './glue';

/**
 * Joins lines a scraper broke in the middle of a sentence. Only lines separated by a single line
 * break are candidates (a blank line is a real paragraph break), and only when the sentence
 * visibly goes on:
 * - the next line starts in lower case: `Le siège du Capitole` / `a` / `été fomenté par…`;
 * - the next line starts with closing punctuation: `…Google Cloud et Microsoft Azure` / `.`;
 * - the line ends with a glued sentence opener: `…sur le webSelon` / `Parler - qui montre…`.
 */
export function joinBrokenLines(draft: Draft): Draft {
	const blocks: Block[] = [];
	for (const b of draft.blocks) {
		const prev = blocks.at(-1);
		if (
			prev &&
			b.sameParagraphBreak &&
			prev.kind === null &&
			b.kind === null &&
			continues(prev.text, b.text)
		) {
			const glue = /^[.,;:)\]…]/u.test(b.text) ? '' : ' ';
			blocks[blocks.length - 1] = { ...prev, text: prev.text + glue + b.text };
		} else {
			blocks.push(b);
		}
	}
	return { ...draft, blocks };
}

function continues(line: string, next: string): boolean {
	if (/[.!?…]$/u.test(line) && !/^[.,;:)\]…]/u.test(next)) return false;
	return /^[\p{Ll}.,;:)\]…]/u.test(next) || endsWithGluedOpener(line);
}
