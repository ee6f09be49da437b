import { containsWords } from '../validate/checks';
import { wordCount } from '../word-count';

/** A phrase that opens on a preposition: where a predicate may end early. */
const PREPOSITION = /\s(?:sur|dans|de|du|des|d['’]|à|au|aux|avec|par|pour|chez|vers|contre)\s?/gu;

/** A predicate may not end on a word that wants more. */
const DANGLING =
	/(?<![\p{L}])(?:de|du|des|d['’]|à|au|aux|le|la|les|l['’]|un|une|et|ou|son|sa|ses)$/iu;

/**
 * The predicate without the answer's name, so the question does not give it away: `a décidé de
 * ne plus héberger le réseau social sur les serveurs des Data Centers de son Cloud AWS` asked of
 * Amazon (alias `AWS`) ends before `de son Cloud AWS`. Null when the name comes too early to cut.
 */
export function withoutAnswer(predicate: string, aliases: string[]): string | null {
	const named = (text: string) => aliases.some((a) => containsWords(text, a));
	if (!named(predicate)) return predicate;
	const cuts = [...predicate.matchAll(PREPOSITION)].map((m) => m.index).reverse();
	for (const at of cuts) {
		const head = predicate.slice(0, at);
		if (named(head)) continue;
		const words = wordCount(head);
		const quotes = (head.match(/"/gu) ?? []).length;
		return words >= 5 && quotes % 2 === 0 && !DANGLING.test(head) ? head : null;
	}
	return null;
}
