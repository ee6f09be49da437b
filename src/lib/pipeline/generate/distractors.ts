import type { Facts } from '../facts/extract-facts';
import type { Entity } from '../facts/types';
import { frenchNumberWords } from '../facts/french-numbers';
import { stableShuffle } from './hash';

/**
 * Wrong numbers of the same order as the right one, written the same way (digits or words):
 * 98 → 89, 49, 196; 5 → 3, 7, 10. Never the right value, never one the sentence also holds.
 */
export function numberDistractors(
	value: number,
	written: 'digits' | 'words',
	exclude: number[],
	seed: string
): string[] {
	const candidates = new Set<number>();
	const digits = String(value);
	if (value < 10)
		[value - 2, value + 2, value + 5, value * 2, value - 1, value + 1].forEach((n) =>
			candidates.add(n)
		);
	else {
		if (digits.length >= 2)
			candidates.add(Number(digits.slice(0, -2) + digits.at(-1) + digits.at(-2)));
		[
			Math.round(value / 2),
			value * 2,
			Math.round(value * 1.5),
			Math.round(value * 0.75),
			value + 10,
			value - 10
		].forEach((n) => candidates.add(n));
	}
	const valid = [...candidates].filter(
		(n) => n > 0 && n !== value && !exclude.includes(n) && Number.isInteger(n)
	);
	const formatted = valid
		.map((n) => (written === 'words' ? frenchNumberWords(n) : formatDigits(n, value)) ?? '')
		.filter((t) => t !== '');
	return stableShuffle([...new Set(formatted)], (t) => t, seed).slice(0, 3);
}

/** `15000` → `15.000` when the article groups its thousands with a dot, as AFP does. */
function formatDigits(n: number, like: number): string {
	return like >= 1000 && n >= 1000 ? n.toLocaleString('de-DE') : String(n);
}

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** Other days of the week, written as the right one is (capitalised at a sentence start). */
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
 * answer somewhere in the corpus (`Amazon, Google et Apple`), or with one of its kin, so the
 * choices are of one kind (`Twitter` for `Google`, never `GAFAM` or `Capitole`). People are
 * other people, those of the article first. Never an alias of the answer, a name the sentence
 * holds, or an entity in `exclude`. Looks only at the answer's neighbours: no pass over the corpus.
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
