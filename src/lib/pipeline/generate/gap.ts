import { frenchTypography, guillemets, NBSP } from './typography';
import type { SentenceText } from '../extract/sentences';

/** The marker French uses for words left out of a quotation. */
export const GAP = '[…]';

/** A sentence with a span left out, as offsets into the article and as text around the gap. */
export interface Gapped {
	before: string;
	after: string;
	/** The sentence shown with the gap marker, in guillemets, with French typography. */
	shown: string;
}

/** Leaves `[start, end)` (article offsets) out of a sentence. */
export function gapIn(sentence: SentenceText, start: number, end: number): Gapped {
	const before = sentence.text.slice(0, start - sentence.start);
	const after = sentence.text.slice(end - sentence.start);
	return { before, after, shown: frenchTypography(guillemets(`${before}${GAP}${after}`)) };
}

/** Leaves several spans out (sorted, not overlapping). */
export function gapsIn(sentence: SentenceText, spans: { start: number; end: number }[]): string {
	let text = '';
	let at = sentence.start;
	for (const s of spans) {
		text += sentence.text.slice(at - sentence.start, s.start - sentence.start) + GAP;
		at = s.end;
	}
	text += sentence.text.slice(at - sentence.start);
	return frenchTypography(guillemets(text));
}

/** A prompt: the question, then the passage on its own line. */
export function withPassage(question: string, passage: string): string {
	return frenchTypography(question) + '\n' + passage.replace(/ ([:;!?])/gu, `${NBSP}$1`);
}
