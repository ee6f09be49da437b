/** Frequent short words of each language, enough to tell a news article's language. */
const MARKERS: Record<string, Set<string>> = {
	fr: new Set(
		'le la les un une des du de et est sont dans pour par sur avec au aux qui que ne pas plus ce cette il elle ont été a à son sa ses leur'.split(
			' '
		)
	),
	en: new Set(
		'the and of to is are in for by on with that this it was were has have be not from at his her their which'.split(
			' '
		)
	),
	es: new Set('el los las y es en para por con que del se una un su sus al lo como más'.split(' ')),
	de: new Set(
		'der die das und ist sind nicht mit für auf den dem ein eine zu von sich auch'.split(' ')
	),
	it: new Set('il gli della delle e è sono per con che non un una del nel alla di da'.split(' '))
};

const LANGUAGES = Object.keys(MARKERS);

/** For each marker word, the languages it marks, by index in `LANGUAGES` (`il`: French, Italian). */
const MARKED = new Map<string, number[]>();
LANGUAGES.forEach((lang, i) => {
	for (const w of MARKERS[lang]!) MARKED.set(w, [...(MARKED.get(w) ?? []), i]);
});

/** Names of the languages for error messages. */
export const LANGUAGE_NAMES: Record<string, string> = {
	fr: 'French',
	en: 'English',
	es: 'Spanish',
	de: 'German',
	it: 'Italian'
};

/**
 * Guesses the language of a text from its most frequent short words.
 * Returns the language code, or null when the text has too few such words to tell.
 */
export function detectLanguage(text: string): string | null {
	// `toLowerCase`: the same words whatever the machine's locale (and faster than asking it).
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length < 8) return null;
	// One pass over the words, counting for every language at once.
	const counts = LANGUAGES.map(() => 0);
	for (const w of words) for (const i of MARKED.get(w) ?? []) counts[i]!++;
	let best: string | null = null;
	let bestScore = 0;
	for (const [i, lang] of LANGUAGES.entries()) {
		const score = counts[i]! / words.length;
		if (score > bestScore) {
			best = lang;
			bestScore = score;
		}
	}
	return bestScore >= 0.08 ? best : null;
}
