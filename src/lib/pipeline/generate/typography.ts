import { allMatches } from '../extract/matches';

/** No-break space (U+00A0), what French typography puts before `: ; ! ?` and inside « ». */
export const NBSP = '\u00A0';

/**
 * French typography for the text the generator writes: a no-break space before `: ; ! ?` and
 * inside « », whatever space (or none) was there. Quoted article text passes through it too,
 * which only changes spaces: the words stay the article's.
 */
export function frenchTypography(text: string): string {
	// Each pass runs only when its mark is there. The spaces before a mark are trimmed from the
	// text before it: a pattern opening on `\s*` would be tried at every character.
	let t = text;
	if (/[:;!?]/u.test(t)) t = spaceBefore(t, /[:;!?](?=\s|$|»)/gu);
	if (t.includes('«')) t = t.replace(/«\s*/gu, `«${NBSP}`);
	if (t.includes('»')) t = spaceBefore(t, /»/gu);
	return t.includes('  ') ? t.replace(/ {2,}/gu, ' ') : t;
}

/** Each match of `mark` with one no-break space before it, in place of any spaces there. */
function spaceBefore(text: string, mark: RegExp): string {
	let out = '';
	let last = 0;
	// `allMatches`: `matchAll` would build a copy of `mark` at every call.
	for (const m of allMatches(mark, text)) {
		out += `${text.slice(last, m.index).trimEnd()}${NBSP}${m[0]}`;
		last = m.index + m[0].length;
	}
	return out + text.slice(last);
}

/** `« citation »` with French no-break spaces. */
export function guillemets(text: string): string {
	return `«${NBSP}${text}${NBSP}»`;
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}
