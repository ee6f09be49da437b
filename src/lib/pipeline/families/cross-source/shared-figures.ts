import { compiledPattern } from '../../compiled-pattern';
import type { Facts } from '../../facts/extract-facts';
import type { Story } from '../../align/group-stories';
import type { CleanArticle, Span } from '../../types';

/** Where an article writes a figure: the sentence, and the words that say what it counts. */
export interface FigurePlace extends Span {
	/** What the number counts, as written right after it: `messages de haine`, `publications`. */
	unit: string;
	/** The number with its unit and the noun it belongs to: `la mort de 5 personnes`, `98 publications`. */
	label: string;
}

/** A figure of a story: the number, and every place each article writes it. */
export interface Figure {
	/** `98`, `2018`. */
	token: string;
	year: boolean;
	/** Places holding the figure, by article id (articles that do not write it are absent). */
	places: Map<string, FigurePlace[]>;
}

/** `98 messages de haine`, `5 personnes`: the noun (and its `de` complement) after a number. */
const UNIT =
	/^\s(?!(?:et|ou|de|du|des|à|au|en|sur|par|pour|dans)(?!\p{L}))(\p{Ll}[\p{Ll}-]+(?:\s(?:de|d['’])\s?(?!(?:la|le|les|l['’]|ses|son|sa)(?!\p{L}))\p{Ll}[\p{Ll}-]+)?)/u;

/** `la mort de 5 personnes`: the noun the figure completes, before it. */
const HEAD = /(?:^|\s)((?:la|le|l['’])\s?\p{Ll}[\p{Ll}-]+\s(?:de|d['’]))\s?$/u;

/**
 * The figures of a story written in digits, with every sentence of every article that writes
 * them and what each place says it counts, found by reading the texts (not only the extracted
 * facts), so a count of articles is exact. `98 publications` and `98 messages de haine` are one
 * number with two wordings: questions compare them rather than count them as one fact. Years
 * count only next to a name: `La société a été fondée en 2018`.
 */
export function sharedFigures(story: Story, facts: Facts): Figure[] {
	// Three kinds of question read the figures of a story: found once per story.
	const known = figuresOf.get(story);
	if (known?.facts === facts) return known.figures;
	const figures = findFigures(story, facts);
	figuresOf.set(story, { facts, figures });
	return figures;
}

/** The figures found for each story. */
const figuresOf = new WeakMap<Story, { facts: Facts; figures: Figure[] }>();

function findFigures(story: Story, facts: Facts): Figure[] {
	const found = new Map<string, boolean>();
	for (const a of story.articles) {
		const mine = facts.byArticle.get(a.id);
		for (const n of mine?.numbers ?? [])
			if (n.written === 'digits' && !found.has(n.text)) found.set(n.text, false);
		for (const d of mine?.dates ?? [])
			if (d.granularity === 'year' && !found.has(d.value)) found.set(d.value, true);
	}
	const figures: Figure[] = [];
	for (const [token, year] of found) {
		const places = new Map<string, FigurePlace[]>();
		for (const a of story.articles) {
			const spans = placesOf(a, token);
			if (spans.length > 0) places.set(a.id, spans);
		}
		figures.push({ token, year, places });
	}
	return figures;
}

/** The sentences of an article that write `token` as a whole number (`98`, not `1998` nor `9,98`). */
export function placesOf(article: CleanArticle, token: string): FigurePlace[] {
	// Most articles of a story and most of their sentences do not hold the token: a plain search
	// says so before the pattern is run.
	if (!article.text.includes(token)) return [];
	const re = compiledPattern(`(?<![\\d.,])${token.replace(/\./gu, '\\.')}(?![\\d]|[.,]\\d)`, 'u');
	const out: FigurePlace[] = [];
	for (const s of article.sentences) {
		const text = article.text.slice(s.start, s.end);
		const m = text.includes(token) ? re.exec(text) : null;
		if (!m) continue;
		const unit = UNIT.exec(text.slice(m.index + token.length))?.[1] ?? '';
		const head = HEAD.exec(text.slice(0, m.index))?.[1];
		const label = [head, token, unit].filter(Boolean).join(' ');
		out.push({ start: s.start, end: s.end, unit, label });
	}
	return out;
}

/** The first noun of a unit: `messages de haine` → `messages`, to tell if two places count the same thing. */
export function unitHead(unit: string): string {
	return unit.split(/\s/u)[0]!.toLocaleLowerCase('fr').replace(/s$/u, '');
}
