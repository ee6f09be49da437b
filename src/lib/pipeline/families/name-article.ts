import { articleLabel } from '../generate/build-set';
import { guillemets } from '../generate/typography';
import type { CleanArticle } from '../types';

/** Words of a headline or opening kept when naming an article in a question. */
const MAX_WORDS = 8;

/**
 * How a question names an article so a learner can tell which: its outlet when the page names
 * one, else its headline (or first words) in « », shortened: `l’article « Après Google et Apple,
 * Amazon coupe les ponts… »`. A credited origin is added: `(repris de la BBC)` → `(via BBC)`.
 */
export function nameArticle(article: CleanArticle): string {
	const words = articleLabel(article).replace(/…$/u, '').split(/\s+/u);
	const short =
		words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(' ')}…` : words.join(' ');
	const via = article.meta.via ? ` (via ${article.meta.via})` : '';
	if (article.meta.outlet) return `l’article de ${article.meta.outlet}${via}`;
	return `l’article ${guillemets(short)}${via}`;
}

/** The same name without its article, to stand alone as a choice: `« Après Google et Apple… »`. */
export function articleChoice(article: CleanArticle): string {
	return nameArticle(article).replace(/^l’article (?:de )?/u, '');
}

const COUNT_WORDS = [
	'zéro',
	'un',
	'deux',
	'trois',
	'quatre',
	'cinq',
	'six',
	'sept',
	'huit',
	'neuf',
	'dix'
];

/** `5` → `cinq`, up to ten; beyond, digits. */
export function countWord(n: number): string {
	return COUNT_WORDS[n] ?? String(n);
}

/** `de Google`, `d’Apple`: French elision before a vowel or a mute h. */
export function ofName(name: string): string {
	return /^[aeiouyàâéèêëîïôöùûüh]/iu.test(name) ? `d’${name}` : `de ${name}`;
}
