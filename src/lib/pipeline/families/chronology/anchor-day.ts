import type { Facts } from '../../facts/extract-facts';
import { sentencesOf } from '../../extract/sentences';
import { dayOf } from '../../align/resolve-day';
import { weekdayKey } from '../../align/weekday-key';
import type { CleanArticle, Span } from '../../types';
import { isTrigger } from './logic-gives';
import type { EventNode } from './order-graph';

/** A day of an undated article's week pinned to the calendar by another article of the story. */
export interface AnchorDay {
	/** The article giving the full date, and its dated event. */
	dated: { article: CleanArticle; event: EventNode };
	/** The article naming the same event by its weekday only. */
	weekly: { article: CleanArticle; dayText: string; span: Span };
	/** The full date (`2021-01-06`) and the key of that weekday in the weekly article (`week:0`). */
	iso: string;
	key: string;
	/** That weekday: 0 Sunday … 6 Saturday. */
	weekday: number;
}

/** A name inside a sentence (not its first word): `au Capitole`, `à Washington`. */
const NAME = /(?<=\s)\p{Lu}[\p{L}-]{2,}/gu;

/**
 * `Le 6 janvier 2021, une horde de manifestants pro-Trump prenaient d'assaut le Capitole…` in
 * one article, `…aux émeutiers qui ont fait irruption au Capitole mercredi…` in another, undated:
 * one event, so that article's `mercredi` is 6 January 2021, and its other weekdays follow
 * (`vendredi`, two days on, is the 8th). The two must name the same place or actor in the clause
 * holding the weekday, both be of the kind that sets a story off (a riot, an attack, a disaster:
 * what reports of the following days date back to), and the full date must fall on that very
 * weekday (6 January 2021 was a Wednesday), which a wrong match seldom does. Null when no pair
 * of the articles holds such an event.
 */
export function anchorDay(
	dated: { article: CleanArticle; events: EventNode[] }[],
	others: CleanArticle[],
	facts: Facts
): AnchorDay | null {
	for (const d of dated)
		for (const event of d.events) {
			const day = event.when ? dayOf(event.when) : null;
			if (!day || !isTrigger(event)) continue;
			const names = new Set([...event.text.matchAll(NAME)].map((m) => m[0]));
			for (const article of others) {
				if (article.id === d.article.id || article.meta.date) continue;
				const key = weekdayKey(article, facts)(day.weekday);
				if (!key) continue;
				const sentences = sentencesOf(article);
				for (const w of facts.byArticle.get(article.id)?.dates ?? []) {
					if (w.granularity !== 'weekday' || Number(w.value.slice(8)) !== day.weekday) continue;
					const s = sentences[w.sentence];
					if (!s) continue;
					// The clause around the weekday, between punctuation marks.
					const at = w.start - s.start;
					const from = Math.max(...[',', ';', ':'].map((p) => s.text.lastIndexOf(p, at))) + 1;
					const ends = [',', ';', ':', '.'].map((p) => s.text.indexOf(p, at)).filter((i) => i >= 0);
					const clause = s.text.slice(from, ends.length ? Math.min(...ends) : s.text.length);
					const shared = [...clause.matchAll(NAME)].some((m) => names.has(m[0]));
					if (!shared || !isTrigger({ text: clause })) continue;
					return {
						dated: { article: d.article, event },
						weekly: { article, dayText: w.text, span: { start: s.start, end: s.end } },
						iso: day.iso,
						key,
						weekday: day.weekday
					};
				}
			}
		}
	return null;
}
