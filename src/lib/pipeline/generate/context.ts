import type { ArticleFacts, Facts } from '../facts/extract-facts';
import type { CleanArticle } from '../types';
import { sentencesOf, type SentenceText } from '../extract/sentences';
import type { Candidate } from './candidate';

/** What a question generator reads: one article, its sentences, and the corpus's facts. */
export interface GenerateContext {
	article: CleanArticle;
	sentences: SentenceText[];
	/** This article's facts. */
	mine: ArticleFacts;
	/** The corpus's entities and how they relate. */
	facts: Facts;
}

/** A question generator: reads the context, returns candidate questions. */
export type Generator = (ctx: GenerateContext) => Candidate[];

/** Builds the context for one article. */
export function contextFor(article: CleanArticle, facts: Facts): GenerateContext {
	return {
		article,
		sentences: sentencesOf(article),
		mine: facts.byArticle.get(article.id)!,
		facts
	};
}

/** Words that tie a sentence to the one before it. */
const CONNECTOR =
	/^(?:Mais|Et|Aussi|Ainsi|Pourtant|Cependant|Toutefois|Par ailleurs|En effet|Donc|Or|Puis|De plus|En outre|Néanmoins|Enfin|Alors|Du coup|Pour cause|Par la suite|En tout cas|Parmi eux|Parmi elles)\b/u;

/** A subject that refers to something named earlier. */
const ANAPHORIC_START =
	/^(?:Il|Elle|Ils|Elles|Ce|Cela|Ça|Ces|Cette|Cet|Celui|Celle|Ceux|Celles|Son|Sa|Ses|Leur|Leurs|Le groupe|La société|Le réseau social|La plateforme|L'entreprise|Le géant|Le document)\b/u;

/**
 * True when a sentence can be read on its own as a statement: not a heading, of a fair length,
 * not tied to the sentence before (`Mais…`, `Il…`), not a question, not a quotation.
 */
export function standsAlone(s: SentenceText): boolean {
	const words = s.text.split(/\s+/u).length;
	// `Samedi, le géant internet a donc décidé…`: look past a short opening phrase.
	const core = s.text.replace(/^(?:[^,]{1,30}),\s/u, '');
	return (
		!s.heading &&
		words >= 6 &&
		words <= 40 &&
		!CONNECTOR.test(s.text) &&
		!CONNECTOR.test(core) &&
		!ANAPHORIC_START.test(core) &&
		// `nous redéveloppons Parler…', affirme…`: a piece of a quotation, not a statement.
		!/(?<![\p{L}])(?:nous|vous|je|j['’]|on)(?![\p{L}])/iu.test(s.text) &&
		balancedQuotes(s.text) &&
		!/\s(?:donc|pourtant|cependant|néanmoins|toutefois)\s/u.test(s.text) &&
		!/[?]$/u.test(s.text) &&
		!/^["«“']/u.test(s.text)
	);
}

/** Quotation marks open and close within the sentence (`'` counts only where it quotes). */
function balancedQuotes(text: string): boolean {
	const straight = (text.match(/"/gu) ?? []).length;
	const guillemets = (text.match(/[«»]/gu) ?? []).length;
	const single = (text.match(/(?<![\p{L}])'|'(?![\p{L}])/gu) ?? []).length;
	return straight % 2 === 0 && guillemets % 2 === 0 && single % 2 === 0;
}
