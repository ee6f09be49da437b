import type { Mention } from '../facts/types';
import type { SentenceText } from './sentences';

/** A sentence as extractors get it, for unit tests: article `a`, sentence 0, at offset 0. */
export function sentence(text: string): SentenceText {
	return { article: 'a', index: 0, start: 0, end: text.length, text, heading: false };
}

/** The mention of `name` in `text` (its last occurrence), as the mention extractor gives it. */
export function mention(text: string, name: string): Mention {
	const at = text.lastIndexOf(name);
	return {
		kind: 'mention',
		article: 'a',
		sentence: 0,
		start: at,
		end: at + name.length,
		text: name
	};
}
