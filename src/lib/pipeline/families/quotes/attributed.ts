import { extractQuotes, type ReportedSpeech } from '../../extract/extract-quotes';
import type { Facts } from '../../facts/extract-facts';
import { resolveSpeakers, type AttributedSpeech } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';
import { wordCount } from '../../word-count';

/**
 * Reported speech of a story group with its speakers resolved, article by article. A speaker
 * whose resolved name the article's words run on past (`Positive` of `l'association Positive
 * action in housing`) is a cut name, no fair choice: left out.
 */
export function attributedSpeech(group: CleanArticle[], facts: Facts): AttributedSpeech[] {
	return group
		.flatMap((a) => resolveSpeakers(a, extractQuotes(a), facts))
		.filter((s) => !/^\s\p{Ll}/u.test(afterName(s.mention.text, s.who.name, s)));
}

/** What the speaker's words hold right after the resolved name. */
function afterName(mention: string, name: string, s: AttributedSpeech): string {
	const written = s.speaker.text;
	const at = written.indexOf(mention);
	if (at < 0 || !name.endsWith(mention.split(/\s+/u).at(-1)!)) return '';
	const rest = written.slice(at + mention.length);
	return /^\s(?:de|du|des|d['’])/u.test(rest) ? '' : rest;
}

/** The quoted words of a speech, as the article writes them. */
export function quotedWords(s: ReportedSpeech, article: CleanArticle): string {
	return s.quote ? article.text.slice(s.quote.start, s.quote.end) : '';
}

/**
 * A quotation fit to show: 6 to 50 words (`maxWords`), no page debris (`+testing+` agency markup, `(...)`
 * cuts), and a whole statement: `« Nous allons tout faire… »`, not a fragment cut from the
 * journalist's sentence (`« ont travaillé ensemble… »`, `« grossièrement inappropriée… »`), whose
 * subject the learner cannot see, nor one opening on a pronoun that points back (`« Il était… »`).
 */
export function showableQuote(words: string, maxWords = 50): boolean {
	const n = wordCount(words);
	return (
		n >= 6 &&
		n <= maxWords &&
		!/\+\p{L}|\p{L}\+|\(\.\.\.\)|\(…\)/u.test(words) &&
		!/["«»“”]/u.test(words) &&
		/^\p{Lu}/u.test(words) &&
		!/^(?:Elle|Ils|Elles|Cela|Ça|Cet|Cette|Ces)(?![\p{L}])/u.test(words) &&
		// `« Il est clair que… »` is impersonal; `« Il était radicalisé »` points back.
		!/^Il(?![\p{L}])(?!\s+(?:y\s+a|faut|s['’]agit|semble|est\s+\p{L}+\s+(?:que|qu['’]|de|d['’])))/u.test(
			words
		)
	);
}

/** The evidence spans of a speech: its sentences, and the sentence naming the speaker if elsewhere. */
export function speechSpans(s: AttributedSpeech): { start: number; end: number }[] {
	const own = { start: s.start, end: s.end };
	if (!s.named || (s.named.start >= s.start && s.named.end <= s.end)) return [own];
	return [s.named, own].sort((a, b) => a.start - b.start);
}
