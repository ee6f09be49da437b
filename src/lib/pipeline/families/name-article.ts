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

/**
 * How a question on the order of events names an article whose headline names the actors it
 * asks about: by the headline's words after the last of them, so the headline does not tell the
 * order (`Après Google et Apple, Amazon coupe les ponts…` for a question on who acted first):
 * `l’article « …coupe les ponts avec le réseau conservateur Parler »`. Otherwise as usual.
 */
export function nameArticleWithout(article: CleanArticle, asked: string[]): string {
	if (article.meta.outlet || !article.title) return nameArticle(article);
	const label = article.title;
	const names = [...label.matchAll(/(?<=\s)\p{Lu}[\p{L}-]*/gu)].filter((m) =>
		asked.some((text) => new RegExp(`(?<![\\p{L}])${m[0]}(?![\\p{L}])`, 'u').test(text))
	);
	// The last name the question asks about that leaves words enough to tell the article.
	for (const m of names.reverse()) {
		const tail = label
			.slice(m.index + m[0].length)
			.replace(/^[\s,;:]+/u, '')
			.split(/\s+/u);
		if (tail.length < 3 || namesAny(tail.join(' '), asked)) continue;
		const via = article.meta.via ? ` (via ${article.meta.via})` : '';
		const cut = tail.length > MAX_WORDS ? '…' : '';
		return `l’article ${guillemets(`…${tail.slice(0, MAX_WORDS).join(' ')}${cut}`)}${via}`;
	}
	// `Parler : AWS refuse d’héberger l’appli, déjà bannie par Apple et Google`: no words of the
	// headline leave the actors out; the body's first words may.
	const body = nameArticle({ ...article, title: null });
	return namesAny(body, asked) ? nameArticle(article) : body;
}

/** Whether a text names one of the capitalised names of `asked` (`Google`, `AWS`). */
function namesAny(text: string, asked: string[]): boolean {
	const names = asked.flatMap((a) => a.match(/\p{Lu}[\p{L}-]*/gu) ?? []);
	return names.some((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(text));
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
