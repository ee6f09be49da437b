import type { Facts } from '../facts/extract-facts';
import { sentencesOf } from '../extract/sentences';
import type { CleanArticle } from '../types';
import { publicationDay, resolvePastWeekday } from './resolve-day';

/** A past tense: `a voté`, `ont été placées`, `avait ouvert`, `est décédé`, `fut élu`. */
const PAST =
	/(?<!\p{L})(?:a|ont|avait|avaient|est|sont|fut|furent)\s(?:\p{Ll}+\s)?\p{Ll}+(?:é|ée|és|ées|i|is|ie|u|ue|us|t|te)(?!\p{L})|(?<!\p{L})(?:a|ont)-t-(?:il|elle|ils|elles)\s/u;

/** What the future or a deadline sounds like: `doit adopter`, `jusqu'à mardi`, `à partir de lundi`. */
const NOT_PAST =
	/(?<!\p{L})(?:(?:doit|doivent|devrait|devraient|va|vont|sera|seront|prévu|prévoit|à partir de)(?!\p{L})|jusqu['’]|d['’]ici)/iu;

/**
 * A sortable key for a weekday named in a past-tense sentence, so events of one article can be
 * ordered by their days. In an article whose page gives its date, the day itself (`a annoncé
 * lundi`, published Wednesday 26 August 2020 → `2020-08-24`). In an undated article, the days it
 * names in the past tense are read as one run of the week, cut where the longest gap between two
 * of them lies: `mercredi` (the riot), `vendredi`, `samedi` read Wednesday → Friday → Saturday
 * (the gap from Saturday back to Wednesday is the longest), keyed `week:0`, `week:2`, `week:3`.
 * When two gaps tie for the longest, the week has no clear start and every key is null.
 */
export function weekdayKey(
	article: CleanArticle,
	facts: Facts
): (weekday: number) => string | null {
	const published = publicationDay(article);
	if (published) return (w) => resolvePastWeekday(w, published).iso;
	const past = new Set<number>();
	const sentences = sentencesOf(article);
	for (const d of facts.byArticle.get(article.id)?.dates ?? []) {
		const s = sentences[d.sentence];
		if (d.granularity === 'weekday' && s && PAST.test(s.text) && !NOT_PAST.test(s.text))
			past.add(Number(d.value.slice(8)));
	}
	const days = [...past].sort((a, b) => a - b);
	if (days.length === 0) return () => null;
	// The gap after each day, going round the week: the run starts after the longest one.
	const gaps = days.map((d, i) => (days[(i + 1) % days.length]! - d + 7) % 7 || 7);
	const longest = Math.max(...gaps);
	if (days.length > 1 && gaps.filter((g) => g === longest).length > 1) return () => null;
	const start = days[(gaps.indexOf(longest) + 1) % days.length]!;
	return (w) => (past.has(w) ? `week:${(w - start + 7) % 7}` : null);
}
