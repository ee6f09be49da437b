import type { Span } from '../../types';

/**
 * A French sentence goes on after a quoted exclamation or question: `"C'est scandaleux !", s'est
 * indigné le maire.` and `"Sveta! Sveta !" scandent des foules` are one sentence each. A piece
 * that starts in lower case after `!`, `?` or `…` is joined to the one before.
 */
export function mergeLowercaseContinuation(text: string, spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const span of spans) {
		const prev = out.at(-1);
		const before = prev ? text.slice(prev.start, prev.end) : '';
		if (prev && /[!?…]["»”']?$/u.test(before) && /^[\p{Ll}]/u.test(text.slice(span.start))) {
			out[out.length - 1] = { start: prev.start, end: span.end };
		} else {
			out.push(span);
		}
	}
	return out;
}
