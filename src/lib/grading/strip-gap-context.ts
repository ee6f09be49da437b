import { normalizeAnswer } from './normalize-answer';

/**
 * A cloze answer without the words of the sentence the learner typed again around it:
 * for `… la mort de [5] personnes au total`, `5 personnes` and `de 5` give `5`;
 * for `… lancé en [2018] et …`, `en 2018` gives `2018`. Works on normalised text and returns it.
 */
export function stripGapContext(before: string, after: string, given: string): string {
	const words = (text: string) =>
		normalizeAnswer(text)
			.full.split(/[ .,;:!?…()]+/u)
			.filter((w) => w !== '');
	const b = words(before);
	const a = words(after);
	let g = normalizeAnswer(given).full.split(' ');
	const echoes = (words: string[], from: number, span: string[]) =>
		span.every((w, k) => w === words[from + k]);
	// Keep at least one word: the answer itself.
	for (let k = g.length - 1; k > 0; k--) {
		if (k <= b.length && echoes(b, b.length - k, g.slice(0, k))) {
			g = g.slice(k);
			break;
		}
	}
	for (let k = g.length - 1; k > 0; k--) {
		if (echoes(a, 0, g.slice(g.length - k))) {
			g = g.slice(0, g.length - k);
			break;
		}
	}
	return g.join(' ');
}
