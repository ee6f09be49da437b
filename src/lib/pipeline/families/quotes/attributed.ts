import { extractQuotes } from '../../extract/extract-quotes';
import type { Facts } from '../../facts/extract-facts';
import { resolveSpeakers, type AttributedSpeech } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';

/** Reported speech of a story group with its speakers resolved, article by article. */
export function attributedSpeech(group: CleanArticle[], facts: Facts): AttributedSpeech[] {
	return group.flatMap((a) => resolveSpeakers(a, extractQuotes(a), facts));
}

/** The quoted words of a speech, as the article writes them. */
export function quotedWords(s: AttributedSpeech, article: CleanArticle): string {
	return s.quote ? article.text.slice(s.quote.start, s.quote.end) : '';
}

/** A quotation fit to show: 6 to 50 words, no page debris (`+testing+` agency markup, `(...)` cuts). */
export function showableQuote(words: string): boolean {
	const n = words.split(/\s+/u).length;
	return (
		n >= 6 && n <= 50 && !/\+\p{L}|\p{L}\+|\(\.\.\.\)|\(…\)/u.test(words) && !/["«»“”]/u.test(words)
	);
}

/** The evidence spans of a speech: its sentences, and the sentence naming the speaker if elsewhere. */
export function speechSpans(s: AttributedSpeech): { start: number; end: number }[] {
	const own = { start: s.start, end: s.end };
	if (!s.named || (s.named.start >= s.start && s.named.end <= s.end)) return [own];
	return [s.named, own].sort((a, b) => a.start - b.start);
}
