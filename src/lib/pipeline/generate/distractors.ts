import type { Facts } from '../facts/extract-facts';
import type { Entity } from '../facts/types';
import { frenchNumberWords } from '../facts/french-numbers';
import { stableShuffle } from './hash';

/**
 * Wrong numbers of the same order and roundness as the right one, written the same way:
 * 98 → 49, 147, 196; 7.500 → 3.800, 5.600, 11.000; 5 → 3, 7, 10; 2,2 → 1,1, 3,3, 4,4.
 * They keep the answer's significant digits (a round number gets round wrong answers), never
 * equal it, never equal a number the sentence holds, and are never zero.
 */
export function numberDistractors(
	value: number,
	written: 'digits' | 'words',
	exclude: number[],
	seed: string
): string[] {
	const decimals = Number.isInteger(value) ? 0 : String(value).split('.')[1]!.length;
	const sig = significantDigits(value);
	const factors = value < 10 && decimals === 0 ? [] : [0.5, 0.75, 1.5, 2, 3];
	const candidates = new Set<number>();
	if (value < 10 && decimals === 0)
		[value - 2, value + 2, value * 2, value + 4, value - 1, value + 1].forEach((n) =>
			candidates.add(n)
		);
	for (const f of factors) candidates.add(roundTo(value * f, Math.max(1, sig), decimals));
	const valid = [...candidates].filter((n) => n > 0 && n !== value && !exclude.includes(n));
	const formatted = valid
		.map((n) =>
			written === 'words' ? (frenchNumberWords(n) ?? '') : formatNumber(n, value, decimals)
		)
		.filter((t) => t !== '');
	return stableShuffle([...new Set(formatted)], (t) => t, seed).slice(0, 3);
}

/** 7500 → 2, 98 → 2, 2.2 → 2, 1000 → 1. */
function significantDigits(n: number): number {
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

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** Other days of the week, not named in the sentence, written as the right one is. */
export function weekdayDistractors(day: string, sentence: string, seed: string): string[] {
	const lower = sentence.toLocaleLowerCase('fr');
	const others = WEEKDAYS.filter((d) => d !== day.toLocaleLowerCase('fr') && !lower.includes(d));
	const capital = /^\p{Lu}/u.test(day);
	return stableShuffle(others, (d) => d, seed)
		.slice(0, 3)
		.map((d) => (capital ? d.charAt(0).toUpperCase() + d.slice(1) : d));
}

/**
 * Other entities of the same kind as the answer. Organisations must be kin: listed with the
 * answer somewhere in the corpus (`Amazon, Google et Apple`), or with its kin, so the choices are of one kind
 * (`Twitter` for `Google`, never `GAFAM` or `Capitole`). People are other people the same article
 * names. Never an alias of the answer, a name the sentence holds, or an entity in `exclude` (the
 * article's own subject, those who did the same thing). Looks only at the answer's neighbours.
 */
export function entityDistractors(
	answer: Entity,
	facts: Facts,
	article: string,
	sentence: string,
	exclude: Set<string>,
	count = 3
): string[] {
	const score = new Map<string, number>();
	if (answer.type === 'organisation') {
		for (const [mid, n] of facts.kin.get(answer.id) ?? []) {
			score.set(mid, (score.get(mid) ?? 0) + n * 10);
			for (const [far, m] of facts.kin.get(mid) ?? []) score.set(far, (score.get(far) ?? 0) + m);
		}
	} else {
		const local = new Set((facts.byArticle.get(article)?.named ?? []).map((n) => n.e.id));
		facts.people
			.slice(0, 40)
			.forEach((p, i) => score.set(p.id, (local.has(p.id) ? 1000 : 0) + 40 - i));
		for (const id of local) if (!score.has(id)) score.set(id, 1000);
	}
	const inSentence = (e: Entity) => e.aliases.some((a) => sentence.includes(a));
	return [...score]
		.map(([id, n]) => [facts.entityById.get(id)!, n] as const)
		.filter(
			([e]) =>
				e && e.id !== answer.id && e.type === answer.type && !inSentence(e) && !exclude.has(e.id)
		)
		.sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name))
		.slice(0, count)
		.map(([e]) => e.name);
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
