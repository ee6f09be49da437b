import type { CleanArticle } from '../../types';
import type { EventNode } from './order-graph';

/** A verb of plan or future: `prévoit de couper`, `va fermer`, `compte lancer` (not `le compte de`), `fermera`, `fermerait`. */
const PLAN =
	/(?<!\p{L})(?:prévoit|prévoient|envisage|envisagent|projette|projettent|s['’]apprête|s['’]apprêtent)(?!\p{L})|(?<!\p{L})(?:va|vont|compte|comptent)\s(?:\p{Ll}+\s)?\p{Ll}+(?:er|ir|re)(?!\p{L})|(?<!\p{L})\p{Ll}{3,}(?:era|eront|erait|eraient|ira|iront|irait|iraient)(?!\p{L})/u;

/** An order word in a headline: `Après Google et Apple, Amazon coupe les ponts`. */
const TITLE_ORDER = /(?<!\p{L})(?:après|avant|puis)(?!\p{L})/iu;

/** The names an event shows: `Google et Apple ont retiré…` → Google, Apple. */
function namesOf(text: string): string[] {
	return [...text.matchAll(/(?<!\p{L})\p{Lu}[\p{L}-]+/gu)]
		.map((m) => m[0])
		.filter((w, i) => i > 0 || !/^(?:Le|La|Les|L|Un|Une|Des|De|Du)$/u.test(w))
		.slice(0, 3);
}

/**
 * `Amazon prévoit de couper les ponts avec Parler`: a plan, not an event that happened, so it is
 * never placed before or after another event.
 */
export function isPlan(e: Pick<EventNode, 'text' | 'phrase'>): boolean {
	return !e.phrase && PLAN.test(e.text);
}

/**
 * `Après Google et Apple, Amazon coupe les ponts…` as a headline: the title states the order of
 * the two events (an order word, and a name of each), so a question on it is given away.
 */
export function titleGivesOrder(article: CleanArticle, a: EventNode, b: EventNode): boolean {
	const title = article.title;
	if (!title || !TITLE_ORDER.test(title)) return false;
	const has = (e: EventNode) => namesOf(e.text).some((n) => title.includes(n));
	return has(a) && has(b);
}

/**
 * `Parler a attiré une attention accrue après la décision de Twitter…`: a statement the article
 * holds word for word tests recognition only. Compared without case, spaces or punctuation.
 */
export function copiesArticle(article: CleanArticle, statement: string): boolean {
	// `suite à` and `après` say one order: a statement swapping one for the other still copies.
	const norm = (s: string) =>
		s
			.toLowerCase()
			.replace(/(?<!\p{L})(?:suite à|à la suite de)(?!\p{L})/gu, 'après')
			// The adverbs `cleanEvent` drops (`se sont en effet rués`) are no difference either.
			.replace(
				/(?<!\p{L})(?:en effet|également|aussi|déjà|donc|encore|toutefois|notamment|alors|ainsi|d['’]ailleurs)(?!\p{L})/gu,
				''
			)
			.replace(/[^\p{L}\p{N}]+/gu, '');
	// The subject may be cut from a longer one (`Parler a été fondée en 2018 mais a attiré…`).
	const words = statement.split(/\s+/u);
	const tail = norm(words.slice(words.length > 10 ? 2 : 0).join(' '));
	// The article's text normalised once, not once per pair asked about it.
	let text = normalised.get(article);
	if (text === undefined) normalised.set(article, (text = norm(article.text)));
	return tail.length > 0 && text.includes(tail);
}

const normalised = new WeakMap<CleanArticle, string>();
