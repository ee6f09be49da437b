import type { Draft } from '../draft';
import { NON_FINAL_WORDS } from './french-words';

/** Sub-headings are short. */
const MAX_HEADING = 100;

/**
 * Marks the short unfinished lines between paragraphs as sub-headings (`Repartir de zéro`,
 * `"Effort coordonné"`) and everything else as running text. A line that stops on a word no
 * sentence or heading can end with (`de`, `selon`) is text, broken by the scraper.
 */
export function classifyParagraphs(draft: Draft): Draft {
	const blocks = draft.blocks.map((b, i) => {
		if (b.kind !== null) return b;
		// The last word is read only of a short line: a scan from the start of every paragraph is slow.
		const lastWord = () => b.text.toLowerCase().match(/\p{L}+$/u)?.[0] ?? '';
		const heading =
			i < draft.blocks.length - 1 &&
			b.text.length <= MAX_HEADING &&
			!/[.,;:…]$/u.test(b.text) &&
			!NON_FINAL_WORDS.has(lastWord());
		return { ...b, kind: heading ? ('heading' as const) : ('body' as const) };
	});
	return { ...draft, blocks };
}
