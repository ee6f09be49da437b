/**
 * Removes accents and other diacritics, to compare answers whatever their accents:
 * `téléchargée` → `telechargee`, `Élysée` → `Elysee`, `ça` → `ca`, `naïf` → `naif`.
 */
export function foldAccents(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.normalize('NFC');
}
