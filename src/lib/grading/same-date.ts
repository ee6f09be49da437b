import type { DateParts } from './read-date';

/** The weekday of a full date, 0 Sunday … 6 Saturday (proleptic Gregorian, no clock involved). */
function weekdayOf(year: number, month: number, day: number): number {
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * Whether a learner's date or time says what the article's says, fairly on form and strictly on
 * substance. Day, month, hour and minute must be the same (`8h` is `8h00`). The learner may leave
 * out what the article adds: its weekday, its year, `GMT` (`11 janvier` for
 * `lundi 11 janvier 2021`, `8h` for `08H00 GMT`). Whatever the learner adds must be checkable and
 * right: a year or `GMT` only when the article has them; a weekday only when the article has one,
 * or a full date to compute it from (`lundi 11 janvier` fits `11 janvier 2021`, `mardi` does not).
 */
export function sameDate(expected: DateParts, given: DateParts): boolean {
	const minute = (d: DateParts) => d.minute ?? (d.hour === undefined ? undefined : 0);
	if (
		expected.day !== given.day ||
		expected.month !== given.month ||
		expected.hour !== given.hour ||
		minute(expected) !== minute(given)
	) {
		return false;
	}
	if (given.year !== undefined && given.year !== expected.year) return false;
	if (given.utc && !expected.utc) return false;
	if (given.weekday === undefined || given.weekday === expected.weekday) return true;
	const { year, month, day } = expected;
	if (expected.weekday !== undefined || !year || !month || !day) return false;
	return weekdayOf(year, month, day) === given.weekday;
}
