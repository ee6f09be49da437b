import { lineKey, removeBlocks, type Draft } from '../draft';

/**
 * Drops the headline where the page prints it again (above the photo, in the footer):
 * a line equal to the title, case and spacing aside.
 */
export function removeRepeatedTitle(draft: Draft): Draft {
	const { title } = draft;
	if (title === null) return draft;
	// The title's key once, not once per line of the page.
	const key = lineKey(title);
	return removeBlocks(draft, (b) => (lineKey(b.text) === key ? 'repeated-title' : null));
}
