import type { CleanArticle } from '../types';

/** A day of the calendar an article's words point to. */
export interface ResolvedDay {
	/** `2021-01-06` */
	iso: string;
	/** 0 Sunday … 6 Saturday. */
	weekday: number;
}

/** The article's publication day, when its page gives one in full (`2020-05-28`). */
export function publicationDay(article: CleanArticle): ResolvedDay | null {
	const d = article.meta.date;
	if (!d || !/^\d{4}-\d{2}-\d{2}$/u.test(d)) return null;
	return dayOf(d);
}

/** The weekday of an ISO day, or null for an impossible date (`2021-02-30`). */
export function dayOf(iso: string): ResolvedDay | null {
	const t = Date.parse(`${iso}T12:00:00Z`);
	if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso) return null;
	return { iso, weekday: new Date(t).getUTCDay() };
}

/**
 * The day a weekday names in a past-tense sentence of an article published on `published`: the
 * latest such day on or before publication (`a annoncé lundi`, published Tuesday 12 May 2020 →
 * Monday 11 May 2020). A news text names a weekday only within the week around its date.
 */
export function resolvePastWeekday(weekday: number, published: ResolvedDay): ResolvedDay {
	const back = (published.weekday - weekday + 7) % 7;
	const t = Date.parse(`${published.iso}T12:00:00Z`) - back * 86_400_000;
	const iso = new Date(t).toISOString().slice(0, 10);
	return { iso, weekday };
}

/** French names of the weekdays, Sunday first as `Date.getDay` counts. */
export const WEEKDAY_NAMES = [
	'dimanche',
	'lundi',
	'mardi',
	'mercredi',
	'jeudi',
	'vendredi',
	'samedi'
];

/** English names, for explanations. */
export const WEEKDAY_NAMES_EN = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];
