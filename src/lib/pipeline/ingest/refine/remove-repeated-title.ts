import { removeBlocks, sameLine, type Draft } from '../draft';

/**
 * Drops the headline where the page prints it again (above the photo, in the footer):
 * a line equal to the title, case and spacing aside.
 */
export function removeRepeatedTitle(draft: Draft): Draft {
	const { title } = draft;
	if (title === null) return draft;
	return removeBlocks(draft, (b) => (sameLine(b.text, title) ? 'repeated-title' : null));
}
