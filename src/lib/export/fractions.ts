/**
 * The grades Moodle accepts for an answer (question_bank::fraction_options_full): its importers
 * reject any other value, so a multiple-answer question whose shares fall outside is left out.
 */
export const MOODLE_FRACTIONS: readonly number[] = [
	1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
	0.1428571, 0.125, 0.1111111, 0.1, 0.05
];

/** `1/n` as a Moodle percentage (`50`, `33.33333`), or undefined when Moodle has no such grade. */
function share(n: number): string | undefined {
	const fraction = MOODLE_FRACTIONS.find((f) => Math.abs(f - 1 / n) < 0.00001);
	return fraction === undefined ? undefined : String(Math.round(fraction * 1e7) / 1e5);
}

/**
 * Moodle percentages for a multiple-answer question: right answers share 100, wrong ones share
 * -100 (so ticking everything scores nothing). Undefined when Moodle cannot store the shares.
 */
export function multipleFractions(
	right: number,
	wrong: number
): { right: string; wrong: string } | undefined {
	const r = share(right);
	const w = share(wrong);
	return r === undefined || w === undefined ? undefined : { right: r, wrong: `-${w}` };
}
