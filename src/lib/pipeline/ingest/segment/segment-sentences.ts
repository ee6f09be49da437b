import type { Span } from '../../types';
import { attachClosingQuotes } from './attach-closing-quotes';
import { mergeAfterAbbreviation } from './merge-after-abbreviation';
import { mergeLowercaseContinuation } from './merge-lowercase-continuation';
import { mergePunctuationOnly } from './merge-punctuation-only';

/** A step that fixes the segmenter's sentence list for one paragraph. */
export type SentenceRefiner = (text: string, spans: Span[]) => Span[];

/** Applied in order to what `Intl.Segmenter` finds. */
const REFINERS: SentenceRefiner[] = [
	mergeAfterAbbreviation,
	attachClosingQuotes,
	mergePunctuationOnly,
	mergeLowercaseContinuation
];

let segmenter: Intl.Segmenter | undefined;

/**
 * Splits one paragraph into sentences: `Intl.Segmenter('fr')`, then refiners for what it gets
 * wrong on French news (`M. Trump`, a closing `»` sent to the next sentence). Spans are offsets
 * into `text`, without surrounding spaces.
 */
export function segmentSentences(text: string): Span[] {
	segmenter ??= new Intl.Segmenter('fr', { granularity: 'sentence' });
	let spans: Span[] = [];
	for (const { segment, index } of segmenter.segment(text)) {
		const span = trim(text, { start: index, end: index + segment.length });
		if (span.end > span.start) spans.push(span);
	}
	for (const refine of REFINERS) spans = refine(text, spans);
	return spans;
}

/** Narrows a span to exclude surrounding spaces. */
export function trim(text: string, { start, end }: Span): Span {
	while (start < end && /\s/u.test(text[start]!)) start++;
	while (end > start && /\s/u.test(text[end - 1]!)) end--;
	return { start, end };
}
