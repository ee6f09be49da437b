import type { Facts } from '../../facts/extract-facts';
import { sentencesOf } from '../../extract/sentences';
import { weekdayKey } from '../../align/weekday-key';
import type { CleanArticle } from '../../types';
import { cleanEvent } from './clean-event';

/** An event an article dates clearly, with the date taken out of its wording. */
export interface DatedEvent {
	article: string;
	sentence: number;
	start: number;
	end: number;
	/** Sortable: `2018`, `2021-01-06`, `week:2` (see `weekdayKey`). */
	when: string;
	/** The date as written: `en 2018`, `Le 6 janvier 2021`. */
	dateText: string;
	/** The event without its date, readable alone (see `cleanEvent`): `Kiwi a été lancée`. */
	text: string;
}

/** Longest sentence an item may come from. */
const MAX_WORDS = 32;

/** A past tense: `a voté`, `ont été placées`, `avait ouvert`, `est décédé`, `fut élu`. */
const PAST =
	/(?<!\p{L})(?:a|ont|avait|avaient|est|sont|fut|furent)\s(?:\p{Ll}+\s)?\p{Ll}+(?:é|ée|és|ées|i|is|ie|u|ue|us|t|te)(?!\p{L})/u;

/** What the future or a deadline sounds like: `doit adopter`, `jusqu'à mardi`, `d'ici dimanche`. */
export const NOT_PAST =
	/(?<!\p{L})(?:(?:doit|doivent|devrait|devraient|va|vont|sera|seront|prévu|prévoit|à partir de)(?!\p{L})|jusqu['’]|d['’]ici)/iu;

/** What makes a sentence's date unclear or its wording depend on another: `Cette attaque…`, `après que`, `Il`. */
const UNCLEAR =
	/^(?:Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|Nous|On)\s|(?<!\p{L})(?:après que|avant que|depuis que)(?!\p{L})/u;

/** `, qui a fermé le compte…`: a relative clause in a compound past, up to a comma or the end. */
const RELATIVE = /,?\squi\s((?:a|ont)\s[^,;]+?)(?=[,;]|\.?$)/gu;

/**
 * The name a relative clause is about, when it stands alone before it: `comme Twitter, qui…`,
 * `Twitter, qui…`; not `la mairie de Lyon, qui…`, which is about the mairie.
 */
const ANTECEDENT = /(?:^|(?:comme|dont|et|que)\s|,\s)(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)$/u;

/** Month names: a second, partial date in the sentence makes it unclear. */
const MONTH =
	/(?<!\p{L})(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|hier|aujourd['’]hui|demain)(?!\p{L})/iu;

/**
 * Events an article dates clearly, one date per sentence: a full date (`Le 6 janvier 2021, une
 * horde de manifestants… prenaient d'assaut le Capitole`), a year after `en` (`Parler est un
 * réseau social lancé en 2018`), or a weekday in a past-tense sentence (`a annoncé lundi le
 * parquet`, published Monday 24 August 2020; in an undated article, a day of the week its days
 * make, see `weekdayKey`). A day in a relative clause dates that clause (`Twitter, qui a fermé le
 * compte de Donald Trump vendredi` → `Twitter a fermé le compte de Donald Trump`). Deadlines
 * (`jusqu'à mardi`) and sentences with two dates yield nothing.
 */
export function datedEvents(article: CleanArticle, facts: Facts): DatedEvent[] {
	const mine = facts.byArticle.get(article.id);
	if (!mine) return [];
	const dayKey = weekdayKey(article, facts);
	const out: DatedEvent[] = [];
	for (const s of sentencesOf(article)) {
		if (s.heading || /^["«“'’]/u.test(s.text) || s.text.split(/\s+/u).length > MAX_WORDS) continue;
		if (UNCLEAR.test(s.text) || (s.text.match(/"/gu) ?? []).length % 2 !== 0) continue;
		const dates = mine.dates.filter((d) => d.sentence === s.index);
		if (dates.length !== 1) continue;
		const d = dates[0]!;
		let when: string | null = null;
		const before = s.text.slice(0, d.start - s.start);
		let lead = '';
		if (d.granularity === 'day' && !d.value.startsWith('?')) {
			when = d.value;
			lead = /(?:\s|^)(?:le|Le)\s$/u.exec(before)?.[0] ?? '';
		} else if (d.granularity === 'year' && /(?:^|\s)en\s$/u.test(before)) {
			when = d.value;
			lead = /(?:^|\s)en\s$/u.exec(before)![0];
		} else if (d.granularity === 'weekday' && PAST.test(s.text) && !NOT_PAST.test(s.text)) {
			when = dayKey(Number(d.value.slice(8)));
		}
		if (!when || MONTH.test(s.text.replace(d.text, ''))) continue;
		// `…comme Twitter, qui a définitivement fermé le compte de Donald Trump vendredi.`: the day
		// is the relative clause's, whose subject is the name before `qui`.
		const relative = [...s.text.matchAll(RELATIVE)].find(
			(m) => m.index < d.start - s.start && m.index + m[0].length >= d.end - s.start
		);
		if (relative) {
			const name = ANTECEDENT.exec(s.text.slice(0, relative.index))?.[1];
			const clause = relative[1]!;
			const at = d.start - s.start - (relative.index + relative[0].length - clause.length);
			const text =
				name &&
				cleanEvent(
					`${name} ${clause.slice(0, at)}${clause.slice(at + d.text.length)}`.replace(/\s+/gu, ' '),
					article.text.slice(0, s.start)
				);
			// A day in a relative clause about something else than a name dates nothing readable.
			if (text)
				out.push({
					article: article.id,
					sentence: s.index,
					start: s.start,
					end: s.end,
					when,
					dateText: d.text,
					text
				});
			continue;
		}
		const cutFrom = d.start - s.start - lead.length;
		const cutTo =
			d.end -
			s.start +
			(/^\s(?:soir|matin|après-midi)(?!\p{L})/u.exec(s.text.slice(d.end - s.start))?.[0].length ??
				0);
		const text = cleanEvent(
			(s.text.slice(0, cutFrom) + (lead.startsWith(' ') ? ' ' : '') + s.text.slice(cutTo))
				.replace(/^[\s,]+/u, '')
				.replace(/\s+,/gu, ',')
				.replace(/,\s*,/gu, ','),
			article.text.slice(0, s.start)
		);
		if (!text) continue;
		out.push({
			article: article.id,
			sentence: s.index,
			start: s.start,
			end: s.end,
			when,
			dateText: s.text.slice(cutFrom, cutTo).trim(),
			text
		});
	}
	return out;
}
