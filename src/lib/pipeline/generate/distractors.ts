import { frenchNumberWords } from '../facts/french-numbers';
import { stableShuffle } from './hash';

/** Limits a wrong number must respect to make sense: `150 %`, a 220-year-old, `15 des 14`. */
export interface NumberLimits {
	max?: number;
}

/** Irregular factors: wrong numbers that are no simple multiple of the right one. */
const FACTORS = [0.55, 0.65, 0.7, 0.8, 0.85, 1.15, 1.2, 1.3, 1.45, 1.6];

/**
 * Wrong numbers of the same order and roundness as the right one, written the same way:
 * 98 → 69, 120, 140 (not 49, 147, 196, whose pattern gives 98 away); 7.500 → 6.000, 9.000;
 * 5 → 3, 6, 8. They keep the answer's significant digits, respect `limits` (a percentage is at
 * most 100), never equal the answer or a number the sentence holds, and are never zero.
 */
export function numberDistractors(
	value: number,
	written: 'digits' | 'words',
	exclude: number[],
	seed: string,
	limits: NumberLimits = {}
): string[] {
	const decimals = Number.isInteger(value) ? 0 : String(value).split('.')[1]!.length;
	const sig = Math.max(1, significantDigits(value));
	const candidates: number[] =
		value < 10 && decimals === 0
			? stableShuffle(
					[value - 2, value - 1, value + 1, value + 2, value + 3, value + 4],
					String,
					seed
				)
			: bothSides(stableShuffle(FACTORS, String, seed)).map((f) =>
					roundTo(value * f, sig, decimals)
				);
	const valid = [...new Set(candidates)].filter(
		(n) =>
			n > 0 && n !== value && !exclude.includes(n) && (limits.max === undefined || n <= limits.max)
	);
	return valid
		.slice(0, 3)
		.map((n) =>
			written === 'words' ? (frenchNumberWords(n) ?? '') : formatNumber(n, value, decimals)
		)
		.filter((t) => t !== '');
}

/** Alternates factors below and above 1, so the answer is neither the smallest nor the largest. */
function bothSides(factors: number[]): number[] {
	const low = factors.filter((f) => f < 1);
	const high = factors.filter((f) => f > 1);
	return low.flatMap((f, i) => [f, ...(high[i] !== undefined ? [high[i]!] : [])]);
}

/** 7500 → 2, 98 → 2, 2.2 → 2, 1000 → 1. */
export function significantDigits(n: number): number {
	return String(n).replace('.', '').replace(/^0+/u, '').replace(/0+$/u, '').length;
}

function roundTo(n: number, sig: number, decimals: number): number {
	if (decimals > 0) return Number(n.toFixed(decimals));
	const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(n))) + 1 - sig);
	return Math.round(n / magnitude) * magnitude;
}

/** As the article writes numbers: `15.000` (AFP groups thousands with a dot), `2,2`. */
function formatNumber(n: number, like: number, decimals: number): string {
	if (decimals > 0) return n.toFixed(decimals).replace('.', ',');
	return like >= 1000 && n >= 1000 ? String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, '.') : String(n);
}

/** `Google, Apple et Amazon`: names as a French list. */
export function frenchList(names: string[]): string {
	return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

/** `Google, Apple and Amazon`. */
export function englishList(names: string[]): string {
	return names.length <= 1
		? names.join('')
		: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
