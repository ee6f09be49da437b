import { frenchTypography, guillemets, NBSP } from './typography';
import type { Passage } from './passage';

/** The marker French uses for words left out of a quotation. */
export const GAP = '[…]';

/** A sentence with a span left out, as offsets into the article and as text around the gap. */
export interface Gapped {
	before: string;
	after: string;
	/** The sentence shown with the gap marker, in guillemets, with French typography. */
	shown: string;
}

/** Leaves `[start, end)` (article offsets) out of a passage. */
export function gapIn(passage: Passage, start: number, end: number): Gapped {
	const before = passage.text.slice(0, start - passage.start);
	const after = passage.text.slice(end - passage.start);
	return { before, after, shown: frenchTypography(guillemets(`${before}${GAP}${after}`)) };
}

/** Leaves several spans out (sorted, not overlapping). */
export function gapsIn(passage: Passage, spans: { start: number; end: number }[]): string {
	let text = '';
	let at = passage.start;
	for (const s of spans) {
		text += passage.text.slice(at - passage.start, s.start - passage.start) + GAP;
		at = s.end;
	}
	text += passage.text.slice(at - passage.start);
	return frenchTypography(guillemets(text));
}

/** A prompt: the question, then the passage on its own line. */
export function withPassage(question: string, passage: string): string {
	return frenchTypography(question) + '\n' + passage.replace(/ ([:;!?])/gu, `${NBSP}$1`);
}
