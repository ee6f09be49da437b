import type { SentenceText } from '../../extract/sentences';
import type { CleanArticle } from '../../types';
import { cleanEvent } from './clean-event';

/** Each article's sentences cleaned so far, by where they start and end. */
const cleaned = new WeakMap<CleanArticle, Map<string, string | null>>();

/**
 * A whole sentence of the article as an event readable alone (`cleanEvent`, with the text before
 * it to name what a demonstrative points to), cleaned once per article: the order graph and the
 * joint actions both read every sentence (`Toutefois, Apple et Google ont également exclu…` →
 * `Apple et Google ont exclu…`). Keyed by the article object, so a new article, even one with the
 * same text, is cleaned anew.
 */
export function cleanSentence(article: CleanArticle, s: SentenceText): string | null {
	let mine = cleaned.get(article);
	if (!mine) cleaned.set(article, (mine = new Map()));
	const key = `${s.start}:${s.end}`;
	const known = mine.get(key);
	if (known !== undefined) return known;
	const text = cleanEvent(s.text, article.text.slice(0, s.start));
	mine.set(key, text);
	return text;
}
