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
 * other people. Never an alias of the answer, a name the sentence holds, or one in `exclude`.
 */
export function entityDistractors(
	answer: Entity,
	entities: Entity[],
	kin: Map<string, Map<string, number>>,
	article: string,
	sentence: string,
	exclude: Set<string>,
	count = 3
): string[] {
	const inSentence = (e: Entity) => e.aliases.some((a) => sentence.includes(a));
	const closeness = (e: Entity) => {
		const direct = kin.get(answer.id)?.get(e.id) ?? 0;
		let twoHops = 0;
		for (const [mid] of kin.get(answer.id) ?? []) twoHops += kin.get(mid)?.get(e.id) ?? 0;
		return direct * 10 + twoHops;
	};
	const pool = entities.filter(
		(e) =>
			e.id !== answer.id &&
			e.type === answer.type &&
			!inSentence(e) &&
			!exclude.has(e.id) &&
			(answer.type !== 'organisation' || closeness(e) > 0)
	);
	const weight = (e: Entity) =>
		closeness(e) * 1000 +
		e.mentions.filter((m) => m.article === article).length * 10 +
		e.mentions.length;
	return pool
		.sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name))
		.map((e) => e.name)
		.slice(0, count);
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
