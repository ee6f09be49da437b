/**
 * Every match of the global `re` in `text`. An `exec` loop: `matchAll` builds a copy of the regex
 * on every call, a cost that shows when it runs on every sentence or paragraph of a corpus.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	return firstMatches(re, text, Infinity);
}

/** The first `count` matches of the global `re` in `text`, without reading further. */
export function firstMatches(re: RegExp, text: string, count: number): RegExpExecArray[] {
	const found: RegExpExecArray[] = [];
	re.lastIndex = 0;
	while (found.length < count) {
		const m = re.exec(text);
		if (!m) break;
		found.push(m);
		// A match of no characters would be found again at the same place: step over a character.
		if (m[0] === '') re.lastIndex += (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
	}
	re.lastIndex = 0;
	return found;
}
