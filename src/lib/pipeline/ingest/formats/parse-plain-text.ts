import { block, type Block } from '../draft';

/**
 * Splits normalised plain text into blocks, one per non-empty line, remembering whether a
 * blank line came before each (a paragraph break) or only a line break (maybe a broken line).
 */
export function parsePlainText(text: string): Block[] {
	const blocks: Block[] = [];
	let blankBefore = true;
	for (const line of text.split('\n')) {
		if (line === '') {
			blankBefore = true;
			continue;
		}
		blocks.push(block(line, !blankBefore && blocks.length > 0));
		blankBefore = false;
	}
	return blocks;
}
