/** A day of the calendar: `2021-01-06`. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A day of an undated article's week: `week:2` (see `weekdayKey`). */
const WEEK_DAY = /^week:(\d)$/u;

/** One day, in milliseconds. */
const DAY = 86_400_000;

/**
 * How many days lie between two days one article gives, when they are on one clock: two days
 * of the calendar (`Le 6 janvier 2021` / `Le 8 janvier 2021` → 2), or two days of the week an
 * undated article tells (`vendredi` / `vendredi` → 0, `vendredi` / `samedi` → 1). Null for a
 * year (`en 2018` gives no day) or two clocks that do not compare.
 */
export function dayGap(a: string, b: string): number | null {
	const [wa, wb] = [WEEK_DAY.exec(a), WEEK_DAY.exec(b)];
	if (wa && wb) return Math.abs(Number(wa[1]) - Number(wb[1]));
	const [da, db] = [ISO_DAY.exec(a), ISO_DAY.exec(b)];
	if (!da || !db) return null;
	const utc = (m: RegExpExecArray) => Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return Math.round(Math.abs(utc(db) - utc(da)) / DAY);
}
