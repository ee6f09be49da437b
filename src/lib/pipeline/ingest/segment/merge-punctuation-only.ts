import type { Span } from '../../types';

/**
 * A piece without a letter or digit is not a sentence: `Ce n'est désormais plus possible.` then
 * a stray `.` or `»` left alone. It joins the sentence before it (or after it, at the start).
 */
export function mergePunctuationOnly(text: string, spans: Span[]): Span[] {
	const out: Span[] = [];
	let pending: number | null = null;
	for (const span of spans) {
		const wordless = !/[\p{L}\p{N}]/u.test(text.slice(span.start, span.end));
		const prev = out.at(-1);
		if (wordless && prev) {
			out[out.length - 1] = { start: prev.start, end: span.end };
		} else if (wordless) {
			pending ??= span.start;
		} else {
			out.push({ start: pending ?? span.start, end: span.end });
			pending = null;
		}
	}
	if (pending !== null) out.push({ start: pending, end: text.length });
	return out;
}
