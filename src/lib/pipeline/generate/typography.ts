/** No-break space (U+00A0), what French typography puts before `: ; ! ?` and inside « ». */
export const NBSP = '\u00A0';

/**
 * French typography for the text the generator writes: a no-break space before `: ; ! ?` and
 * inside « », whatever space (or none) was there. Quoted article text passes through it too,
 * which only changes spaces: the words stay the article's.
 */
export function frenchTypography(text: string): string {
	return text
		.replace(/\s*([:;!?])(?=\s|$|»)/gu, (_, mark: string) => `${NBSP}${mark}`)
		.replace(/«\s*/gu, `«${NBSP}`)
		.replace(/\s*»/gu, `${NBSP}»`)
		.replace(/ {2,}/gu, ' ');
}

/** `« citation »` with French no-break spaces. */
export function guillemets(text: string): string {
	return `«${NBSP}${text}${NBSP}»`;
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}
