/** Whether a UTF-16 code unit is white space as `\s` reads it (with or without the `u` flag). */
function isSpace(c: number): boolean {
	return c <= 0x20
		? c === 0x20 || (c >= 0x09 && c <= 0x0d)
		: c === 0xa0 ||
				c === 0x1680 ||
				(c >= 0x2000 && c <= 0x200a) ||
				c === 0x2028 ||
				c === 0x2029 ||
				c === 0x202f ||
				c === 0x205f ||
				c === 0x3000 ||
				c === 0xfeff;
}

/**
 * The number of pieces `text.split(/\s+/u)` gives (`Parler a été fondée en 2018` → 6), counted
 * without building them: rules count the words of every sentence, several times each. As with
 * `split`, a space at either end adds an empty piece.
 */
export function wordCount(text: string): number {
	let runs = 0;
	let inSpace = false;
	for (let i = 0; i < text.length; i++) {
		const space = isSpace(text.charCodeAt(i));
		if (space && !inSpace) runs++;
		inSpace = space;
	}
	return runs + 1;
}
