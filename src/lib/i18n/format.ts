import type { Locale } from './index';

/**
 * Formats a date as the page gave it, at the precision it gave: `2021-01` → `janvier 2021`,
 * `2020-06-29` → `29 juin 2020`. Anything else is shown as written.
 */
export function formatPageDate(date: string, locale: Locale): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(date);
	if (!m) return date;
	const [, year, month, day] = m;
	const value = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
	const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
	if (month) options.month = 'long';
	if (day) options.day = 'numeric';
	return new Intl.DateTimeFormat(locale, options).format(value);
}
