import type { Draft } from '../draft';

/** A headline is short: French news headlines rarely pass 150 characters. */
const MAX_TITLE = 160;

/**
 * Takes the first line as the headline when it looks like one: short, not in lower case, not
 * ending like a sentence (`.`, `,`, `;`), followed by a paragraph break and then by more text.
 * `Parler : AWS refuse d’héberger l’appli, déjà bannie par Apple et Google` is a headline;
 * `AWS a révoqué ses services d’hébergement… incitant à la violence.` is the first sentence.
 * When the first line is not a headline, the title stays unknown: it is never made up.
 */
export function detectTitle(draft: Draft): Draft {
	if (draft.title !== null) return draft;
	const [first, next] = draft.blocks;
	if (!first || !next || first.kind !== null) return draft;
	const line = first.text;
	const headline =
		line.length <= MAX_TITLE &&
		/^[\p{Lu}\d«"“'‘]/u.test(line) &&
		!/[.,;:…]$/u.test(line) &&
		!next.sameParagraphBreak;
	if (!headline) return draft;
	return { ...draft, title: line, blocks: draft.blocks.slice(1) };
}
