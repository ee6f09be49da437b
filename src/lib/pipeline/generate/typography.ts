/** No-break space (U+00A0), what French typography puts before `: ; ! ?` and inside « ». */
export const NBSP = '\u00A0';

/**
 * French typography for the text the generator writes: a no-break space before `: ; ! ?` and
 * inside « », whatever space (or none) was there. Quoted article text passes through it too,
 * which only changes spaces: the words stay the article's.
 */
export function frenchTypography(text: string): string {
	// Each pass runs only when its mark is there: most of what the generator writes lacks some.
	let t = text;
	if (/[:;!?]/u.test(t)) t = t.replace(/\s*([:;!?])(?=\s|$|»)/gu, `${NBSP}$1`);
	if (t.includes('«')) t = t.replace(/«\s*/gu, `«${NBSP}`);
	if (t.includes('»')) t = t.replace(/\s*»/gu, `${NBSP}»`);
	return t.includes('  ') ? t.replace(/ {2,}/gu, ' ') : t;
}

/** `« citation »` with French no-break spaces. */
export function guillemets(text: string): string {
	return `«${NBSP}${text}${NBSP}»`;
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}
