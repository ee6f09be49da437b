import type { SentenceText } from '../extract/sentences';
import {
	clean,
	pointsToIdea,
	pronounOutside,
	quotable,
	readableAroundGap
} from './sentence-quality';
import { wordCount } from '../word-count';

/** What a question quotes: one sentence, or a sentence with the one before it for context. */
export interface Passage {
	/** The sentence the question is about. */
	sentence: SentenceText;
	/** Offsets into the article of the whole passage (context included). */
	start: number;
	end: number;
	/** The passage text, exactly `article.text.slice(start, end)`. */
	text: string;
}

/** Longest passage a question shows. */
const MAX_WORDS = 55;

/**
 * The passage a gap question on sentence `index` can quote: the sentence alone when it stands
 * alone; else with the one or two sentences before it, in the same paragraph, the first of which
 * stands alone (`Le 6 janvier 2021, une horde de manifestants pro-Trump prenaient d'assaut le
 * Capitole…` + `Suite à cet incident majeur, ayant entraîné la mort de 5 personnes…`); else the
 * sentence alone when it is clean French. Null for a sentence that is not.
 */
export function passageFor(
	sentences: SentenceText[],
	index: number,
	articleText: string
): Passage | null {
	const s = sentences[index]!;
	const alone = { sentence: s, start: s.start, end: s.end, text: s.text };
	if (quotable(s)) return alone;
	if (!clean(s)) return null;
	// `Suite à cet incident majeur, ayant entraîné la mort de […] personnes…`: a description
	// (`cet incident`, `la plateforme`) reads well enough around a gap; only a pronoun needs the
	// sentence before. Alone, the passage is shorter and leaves the sentence before to another
	// question.
	if (readableAroundGap(s.text) && !pointsToIdea(s.text) && !pronounOutside(s.text)) return alone;
	for (let first = index - 1; first >= Math.max(0, index - 2); first--) {
		const head = sentences[first]!;
		const run = sentences.slice(first, index + 1);
		if (!run.every((r) => clean(r))) break;
		const text = articleText.slice(head.start, s.end);
		if (text.includes('\n') || wordCount(text) > MAX_WORDS) break;
		if (quotable(head)) return { sentence: s, start: head.start, end: s.end, text };
	}
	// A gap question asks what the article says at this very place: the student finds the words
	// in the article, so `Apple a suivi son exemple […]` needs no antecedent to have one answer.
	// Not a fragment that only continues the sentence before (`Parmi eux, des courriels…`), nor
	// one whose point is elsewhere (`Le drame de jeudi s'inscrit dans cette logique.`). A consequence
	// (`Aussi Amazon a-t-il décidé…`) is whole around its gap.
	return !readableAroundGap(s.text) || pointsToIdea(s.text) ? null : alone;
}
