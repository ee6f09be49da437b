import type { SentenceText } from './sentences';

/** A sentence as extractors get it, for unit tests: article `a`, sentence 0, at offset 0. */
export function sentence(text: string): SentenceText {
	return { article: 'a', index: 0, start: 0, end: text.length, text, heading: false };
}
