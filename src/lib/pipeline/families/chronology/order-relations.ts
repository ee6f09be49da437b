import { sentencesOf } from '../../extract/sentences';
import { capitalize } from '../../generate/typography';
import type { CleanArticle, Span } from '../../types';

/** Two events an article orders in words: `earlier` happened before `later`. */
export interface OrderRelation {
	article: string;
	earlier: string;
	later: string;
	/** The words that order them: `Avant`, `Le lendemain`, `suite à`. */
	marker: string;
	spans: Span[];
}

/** `Avant X, Y`, `Suite à X, Y`: X is a noun phrase opening with an article. */
const OPENING =
	/^(?:(?:Toutefois|Mais|Puis|Ainsi|Or),\s)?([Aa]vant|[Aa]près|[Ss]uite à|[ÀàA] la suite de|[Aa]u lendemain de)\s((?:la|le|les|l['’]|du|des)\s?[^,]{3,80}),\s([^]+?)\.?$/u;

/** `Y suite à X.`, `Y après les événements de mercredi.`: X closes the sentence. */
const CLOSING =
	/^([^]{20,200}?)\s(suite à|après|à la suite de)\s((?:la|le|les|l['’])\s?[^,;:]{3,100})\.?$/u;

/** `Le lendemain, Y`, `Précédemment, Y`: Y is ordered against the sentence before. */
const LINKING =
	/^(Le lendemain|Précédemment|Auparavant|Peu de temps auparavant|Par la suite|Ensuite),\s([^]+?)\.?$/u;
const BEFORE_PREVIOUS = new Set(['Précédemment', 'Auparavant', 'Peu de temps auparavant']);

/** A past tense, so the sentence before tells an event: `a rendu`, `avait exclu`, `ont passé`. */
const PAST =
	/(?<!\p{L})(?:a|ont|avait|avaient|est|sont)\s(?:\p{Ll}+\s)?\p{Ll}+(?:é|ée|és|ées|i|is|u|us|t)(?!\p{L})/u;

/** Wording that leans on another sentence or a second event: `cet incident`, `cela`, `avoir`. */
const LEANS =
	/^(?:ce|cet|cette|ces|avoir|être)\s|(?<!\p{L})(?:cela|ceci|ça|celui-ci|celle-ci)(?!\p{L})/iu;

/**
 * Orders the text states in words, sentence by sentence: `Avant la décision d'AWS de supprimer
 * Parler, Google et Apple ont passé des appels similaires…`; `… se sont rués sur les plateformes
 * conservatrices suite à la décision prise par Twitter…`; `Le lendemain, Apple imita Twitter.`
 * (after the sentence before); `Précédemment, Google et Apple avaient exclu l'appli…` (before
 * it). Phrases that point elsewhere (`Suite à cet incident majeur`) yield nothing.
 */
export function orderRelations(article: CleanArticle): OrderRelation[] {
	const sentences = sentencesOf(article).filter((s) => !s.heading);
	const out: OrderRelation[] = [];
	const ok = (t: string) =>
		t.split(/\s+/u).length >= 3 &&
		t.split(/\s+/u).length <= 30 &&
		!LEANS.test(t) &&
		!/^["«“'’]|[«»]|\d{4}/u.test(t) &&
		!OPENING.test(t) &&
		!LINKING.test(t) &&
		(t.match(/"/gu) ?? []).length % 2 === 0;
	sentences.forEach((s, k) => {
		const span = { start: s.start, end: s.end };
		const open = OPENING.exec(s.text);
		if (open) {
			const [, marker, x, y] = open as unknown as [string, string, string, string];
			if (!ok(x) || !ok(y)) return;
			const before = /^avant$/iu.test(marker);
			out.push({
				article: article.id,
				earlier: before ? y : x,
				later: before ? x : y,
				marker,
				spans: [span]
			});
			return;
		}
		const close = CLOSING.exec(s.text);
		if (close) {
			const [, y, marker, xs] = close as unknown as [string, string, string, string];
			const x = xs.replace(/\.$/u, '');
			if (!ok(x) || !ok(y) || /[,;:]/u.test(y.slice(-15))) return;
			out.push({ article: article.id, earlier: x, later: y, marker, spans: [span] });
			return;
		}
		const link = LINKING.exec(s.text);
		const prev = sentences[k - 1];
		if (link && prev) {
			const [, marker, y] = link as unknown as [string, string, string];
			const x = prev.text.replace(/\.$/u, '');
			if (!ok(x) || !ok(y) || !PAST.test(x)) return;
			const spans = [{ start: prev.start, end: prev.end }, span];
			const before = BEFORE_PREVIOUS.has(marker);
			out.push({
				article: article.id,
				earlier: before ? y : x,
				later: before ? x : y,
				marker,
				spans
			});
		}
	});
	return out.map((r) => ({ ...r, earlier: capitalize(r.earlier), later: capitalize(r.later) }));
}
