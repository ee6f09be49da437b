/**
 * Student names as typed on the quiz's first screen. The same child may type "Léa Martin" on
 * Monday and " léa  martin" on Friday: the key used to match attempts and seed the question
 * order must not depend on case, spacing or Unicode composition.
 */

/** Longest name kept; beyond it a name is cut (a result code must stay pastable). */
export const MAX_NAME_LENGTH = 80;

/** The name as shown: NFC, inner spaces collapsed, trimmed, cut to MAX_NAME_LENGTH. */
export function cleanName(name: string): string {
	return name.normalize('NFC').replace(/\s+/gu, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** The name as compared: `cleanName`, then lower case (accents kept: "Lea" and "Léa" differ). */
export function nameKey(name: string): string {
	return cleanName(name).toLocaleLowerCase('fr');
}
