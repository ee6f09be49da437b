import type { Choice } from '../../questions/schema';
import type { DateFact } from '../facts/types';
import { WEEKDAYS as DAYS } from '../extract/extract-dates';
import { baseFields, difficultyOf, evidenceOf, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { excerptAround } from './excerpt';
import { gapIn, withPassage } from './gap';
import { hash10 } from './hash';
import { passageFor, type Passage } from './passage';
import { capitalize, frenchTypography, guillemets } from './typography';

const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `chaque lundi`, `le lundi 11 janvier`, `lundi et mardi`: a habit, a full date or a range. */
const ANY_DAY = DAYS.join('|');
const NOT_ONE_DAY_BEFORE = new RegExp(
	`(?<!\\p{L})(?:chaque|tous les|le|du|au|entre|(?:${ANY_DAY})\\s(?:à|au|et|ou))\\s$`,
	'iu'
);
const NOT_ONE_DAY_AFTER = new RegExp(`^\\s(?:\\d|et\\s|ou\\s|au\\s|à\\s(?:${ANY_DAY}))`, 'iu');

/**
 * The day of an event, picked among four days of the week, in its passage with the day left out:
 * `Apple a suivi son exemple […] en regrettant la "prolifération" de "menaces de violence"` →
 * samedi. A weekday means nothing out of the article, so the question sends the student back to
 * it: any other day fits the sentence, only the article says which. Wrong days are the answer's
 * neighbours in the week, never a day the passage names.
 */
export function askWeekdays({ article, sentences, mine }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	for (const d of mine.dates) {
		if (d.granularity !== 'weekday') continue;
		const passage = passageFor(sentences, d.sentence, article.text);
		if (!passage || !oneDay(d, passage) || (article.title ?? '').includes(d.text)) continue;
		const day = Number(d.value.slice('weekday:'.length));
		const named = new Set(DAYS.filter((name) => wordCount(passage.text, name) > 0));
		// The same day twice: the gap would leave it in sight.
		if (wordCount(passage.text, DAYS[day]!) > 1) continue;
		const wrong = neighbours(day, d.start + article.id).filter((n) => !named.has(DAYS[n]!));
		if (wrong.length < 3) continue;
		out.push(weekdayQuestion(article.id, passage, d, day, wrong.slice(0, 3), article));
	}
	return out;
}

const DAY_WORDS = new Map(
	DAYS.map((d) => [d, new RegExp(`(?<![\\p{L}-])${d}(?![\\p{L}-])`, 'giu')] as const)
);

/** How many times the day `day` stands as a whole word in `text`, whatever its case. */
function wordCount(text: string, day: string): number {
	return text.match(DAY_WORDS.get(day)!)?.length ?? 0;
}

/** The day stands alone for one event: not `chaque lundi`, `lundi 11 janvier`, `lundi et mardi`. */
function oneDay(d: DateFact, passage: Passage): boolean {
	const before = passage.text.slice(0, d.start - passage.start);
	const after = passage.text.slice(d.end - passage.start);
	return !NOT_ONE_DAY_BEFORE.test(before) && !NOT_ONE_DAY_AFTER.test(after);
}

/** The days one and two away, the nearest first; which side comes first varies by question. */
function neighbours(day: number, seed: string): number[] {
	const sign = hash10(seed) < '5' ? 1 : -1;
	return [1, -1, 2 * sign, -2 * sign, 3, -3].map((k) => (day + k + 7) % 7);
}

function weekdayQuestion(
	articleId: string,
	passage: Passage,
	d: DateFact,
	day: number,
	wrong: number[],
	article: GenerateContext['article']
): Candidate {
	const gap = gapIn(passage, d.start, d.end);
	const atStart = d.start === passage.start;
	const shownAs = (n: number) => (atStart ? capitalize(DAYS[n]!) : DAYS[n]!);
	// Days in week order from Monday, as a calendar reads: the answer's place varies by question.
	const order = [day, ...wrong].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
	const choices: Choice[] = order.map((n, i) => ({
		id: String.fromCharCode(97 + i),
		text: shownAs(n),
		correct: n === day
	}));
	const excerpt = excerptAround(passage, d.start, d.end);
	return {
		score: 6,
		passage: `${articleId}#${d.sentence}`,
		asks: `date:${articleId}:${d.start}`,
		supports: [d.text],
		contradicts: wrong.map((n) => DAYS[n]!),
		question: {
			...baseFields(
				'single',
				[evidenceOf(article, passage.start, passage.end)],
				d.text,
				withPassage('D’après l’article, quel jour manque dans ce passage ?', gap.shown),
				{
					fr: frenchTypography(`C’est ${DAYS[day]} : l’article écrit ${guillemets(excerpt)}.`),
					en: `${DAYS_EN[day]} (${DAYS[day]}): the article writes “${excerpt}”.`
				},
				'read-dates',
				difficultyOf(1, passage.text)
			),
			type: 'single',
			choices
		}
	};
}
