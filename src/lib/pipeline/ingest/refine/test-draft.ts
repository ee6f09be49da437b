import { parsePlainText } from '../formats/parse-plain-text';
import type { Draft } from '../draft';

/** A draft of plain-text lines, as the refiners get it, for unit tests. */
export function draftOf(text: string, title: string | null = null): Draft {
	return {
		title,
		blocks: parsePlainText(text),
		removed: [],
		meta: {
			source: 'test.txt',
			format: 'text',
			date: null,
			outlet: null,
			via: null,
			section: null,
			credits: []
		}
	};
}

/** The texts of a draft's blocks. */
export function lines(draft: Draft): string[] {
	return draft.blocks.map((b) => b.text);
}
