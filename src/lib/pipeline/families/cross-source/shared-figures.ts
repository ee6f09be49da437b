import type { Facts } from '../../facts/extract-facts';
import type { Story } from '../../align/group-stories';
import type { CleanArticle, Span } from '../../types';

/** A figure of a story: the number, and every place each article writes it. */
export interface Figure {
	/** `98`, `2018`. */
	token: string;
	/** How the first article writes it with what it counts: `98 publications`, `5 personnes`. */
	label: string;
	year: boolean;
	/** Sentence spans holding the figure, by article id (articles that do not write it are absent). */
	places: Map<string, Span[]>;
}

/**
 * The figures of a story written in digits, with every sentence of every article that writes
 * them, found by reading the texts (not only the extracted facts), so a count of articles is
 * exact: `98 publications` and `98 messages de haine` are one figure in two articles. Years count
 * only next to a name: `Parler a été fondée en 2018`.
 */
export function sharedFigures(story: Story, facts: Facts): Figure[] {
	const found = new Map<string, { label: string; year: boolean }>();
	for (const a of story.articles) {
		const mine = facts.byArticle.get(a.id);
		for (const n of mine?.numbers ?? [])
			if (n.written === 'digits' && !found.has(n.text))
				found.set(n.text, { label: `${n.text} ${n.unit}`, year: false });
		for (const d of mine?.dates ?? [])
			if (d.granularity === 'year' && !found.has(d.value))
				found.set(d.value, { label: d.value, year: true });
	}
	const figures: Figure[] = [];
	for (const [token, { label, year }] of found) {
		const places = new Map<string, Span[]>();
		for (const a of story.articles) {
			const spans = placesOf(a, token);
			if (spans.length > 0) places.set(a.id, spans);
		}
		figures.push({ token, label, year, places });
	}
	return figures;
}

/** The sentences of an article that write `token` as a whole number (`98`, not `1998` nor `9,98`). */
export function placesOf(article: CleanArticle, token: string): Span[] {
	const re = new RegExp(`(?<![\\d.,])${token.replace(/\./gu, '\\.')}(?![\\d]|[.,]\\d)`, 'u');
	return article.sentences
		.filter((s) => re.test(article.text.slice(s.start, s.end)))
		.map((s) => ({ start: s.start, end: s.end }));
}
