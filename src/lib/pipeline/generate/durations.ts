import { frenchNumberWords, parseFrenchNumber } from '../facts/french-numbers';

/**
 * Lengths of time an article gives (`d'ici une semaine`, `pendant deux ans`, `depuis 18 mois`),
 * and lengths it does not, written the same way, for wrong choices.
 */

/** A length of time in a sentence: offsets of `une semaine` in it, count and unit. */
export interface Duration {
	at: number;
	text: string;
	count: number;
	unit: Unit;
	inWords: boolean;
}

type Unit = 'minute' | 'heure' | 'jour' | 'semaine' | 'mois' | 'an';

const UNITS: Unit[] = ['minute', 'heure', 'jour', 'semaine', 'mois', 'an'];
const FEMININE = new Set<Unit>(['minute', 'heure', 'semaine']);

/**
 * `sera de retour d'ici une semaine`, `pendant deux ans`, `durant jusqu'à une semaine`: a count
 * and a unit after a word of duration. Not `quelques jours` (no count to check), nor `en 2018`.
 */
const DURATION =
	/(?<![\p{L}])(?:pendant|durant|d['’]ici|depuis|dans|en|pour)\s+(?:(?:au moins|près de|plus de|environ|jusqu['’]à)\s+)?((un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,3})\s+(minutes?|heures?|jours?|semaines?|mois|ans|an|années?))(?![\p{L}])/giu;

/** The lengths of time a sentence gives. */
export function durations(sentence: string): Duration[] {
	return [...sentence.matchAll(DURATION)].map((m) => {
		const word = m[2]!.toLowerCase();
		const inWords = !/\d/u.test(word);
		const count = (inWords ? parseFrenchNumber(word) : Number(word)) ?? 1;
		const unitWord = m[3]!.toLowerCase().replace(/(?<!moi)s$/u, '');
		const unit = (unitWord === 'année' ? 'an' : unitWord) as Unit;
		return { at: m.index + m[0].length - m[1]!.length, text: m[1]!, count, unit, inWords };
	});
}

/** `une semaine`, `deux ans`, `18 mois`: a duration written as the article writes its own. */
export function writeDuration(count: number, unit: Unit, inWords: boolean): string {
	const name = count > 1 && unit !== 'mois' ? `${unit}s` : unit;
	if (count === 1) return `${FEMININE.has(unit) ? 'une' : 'un'} ${name}`;
	return `${(inWords && count <= 10 && frenchNumberWords(count)) || count} ${name}`;
}

/**
 * Three lengths the article does not give, of the same order: twice as long, the next unit up and
 * the next unit down (`une semaine` → `deux semaines`, `un mois`, `un jour`), never one the
 * sentence holds.
 */
export function otherDurations(d: Duration, sentence: string): string[] {
	const i = UNITS.indexOf(d.unit);
	const options = [
		writeDuration(d.count * 2, d.unit, d.inWords),
		i < UNITS.length - 1 ? writeDuration(d.count, UNITS[i + 1]!, d.inWords) : null,
		i > 0 ? writeDuration(d.count, UNITS[i - 1]!, d.inWords) : null,
		writeDuration(d.count * 3, d.unit, d.inWords)
	];
	const lower = sentence.toLowerCase();
	return [...new Set(options.filter((o): o is string => o !== null && !lower.includes(o)))].slice(
		0,
		3
	);
}
