import type { Span } from '../../types';

const QUOTES = /["«»“”]/gu;

/**
 * Gives back to a sentence the closing quotation mark the segmenter put at the start of the next
 * one: `« Nous allons faire de notre mieux. » a déclaré Matze.` must not start a sentence with `»`.
 * A quote mark opening a sentence closes the previous one when that one has an odd number of
 * quote marks (so an unclosed quotation), in either orientation (`» Parler «` happens).
 */
export function attachClosingQuotes(text: string, spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const span of spans) {
		const prev = out.at(-1);
		const lead = /^["«»“”][\s.,;:!?…]*/u.exec(text.slice(span.start, span.end));
		if (prev && lead && openQuote(text.slice(prev.start, prev.end))) {
			out[out.length - 1] = { start: prev.start, end: span.start + lead[0].trimEnd().length };
			const start = span.start + lead[0].length;
			if (start < span.end) out.push({ start, end: span.end });
		} else {
			out.push(span);
		}
	}
	return out;
}

function openQuote(sentence: string): boolean {
	return (sentence.match(QUOTES) ?? []).length % 2 === 1;
}
