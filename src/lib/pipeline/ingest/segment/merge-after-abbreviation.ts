import type { Span } from '../../types';

/**
 * Abbreviations French news writes with a full stop: `M. Trump`, `Mme Dupont` (no stop, but `Mmes.`
 * happens), `Dr.`, `av. J.-C.`, `cf.`, `p.`, `n°`. Lower-case forms only match as whole words.
 */
const ABBREVIATION =
	/(?:^|[\s(«"“])(?:M|MM|Mme|Mmes|Mlle|Mgr|Dr|Pr|Me|Mr|St|Ste|Cie|av|apr|cf|env|p|pp|vol|art|chap|fig|éd|coll|min|max|dép|tél|No|n°|J\.-C)\.$/u;

/** `John F.`, `Cyrille P.`, `J. K.`: an initial after a capitalised name or another initial (not `de A à Z.`). */
const INITIAL = /(?:^|\s)(?:\p{Lu}[\p{L}'’-]*\.?\s+|\p{Lu}\.-?)\p{Lu}\.$/u;

/**
 * Merges a sentence the segmenter cut after an abbreviation or an initial with the next one:
 * `La fermeture des canaux a conduit M.` + `Trump et ses partisans…` is one sentence.
 * Not when the next piece starts like a sentence after a true end (`etc.` is not listed).
 */
export function mergeAfterAbbreviation(text: string, spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const span of spans) {
		const prev = out.at(-1);
		const before = prev ? text.slice(prev.start, prev.end) : '';
		if (prev && (ABBREVIATION.test(before) || INITIAL.test(before))) {
			out[out.length - 1] = { start: prev.start, end: span.end };
		} else {
			out.push(span);
		}
	}
	return out;
}
