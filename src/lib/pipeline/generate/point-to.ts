import type { Localized } from '../../questions/schema';
import type { SentenceText } from '../extract/sentences';
import { excerptAround } from './excerpt';
import type { Passage } from './passage';
import { frenchTypography, guillemets, NBSP } from './typography';

/** A sentence as a passage of its own, for an excerpt of it. */
export function sentencePassage(s: SentenceText): Passage {
	return { sentence: s, start: s.start, end: s.end, text: s.text };
}

/**
 * The explanation of a question on who did or said something: the answer and the few words of
 * the article around `start`–`end` that say so, since the feedback shows the whole passage just
 * below. `C’est Twitter : l’article écrit « …Twitter, qui a définitivement fermé le compte de
 * Donald Trump vendredi ».`
 */
export function pointTo(name: string, passage: Passage, start: number, end: number): Localized {
	const excerpt = excerptAround(passage, start, end);
	// `Mais la |Fondation Charles Darwin craint…`: `C’est la Fondation Charles Darwin`, as written.
	const det = /(?:^|[\s'’(])([Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s?$/u.exec(
		passage.text.slice(0, start - passage.start)
	)?.[1];
	const the = det ? det.toLowerCase().replace("'", '’') + (/['’]$/u.test(det) ? '' : ' ') : '';
	return {
		fr: frenchTypography(`C’est ${the}${name} : l’article écrit ${guillemets(excerpt)}.`),
		en: `${name}: the article writes “${excerpt}”.`
	};
}

/** `un "coup d'Etat constitutionnel"` → `un « coup d'Etat constitutionnel »`: paired straight quotes in French. */
export function frenchQuotes(text: string): string {
	return text.replace(/"([^"]+)"/gu, `«${NBSP}$1${NBSP}»`);
}
