import type { DateFact, NumberFact } from '../facts/types';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import { standsAlone, type GenerateContext } from './context';
import { numberDistractors, weekdayDistractors } from './distractors';
import { frenchTypography, guillemets } from './typography';
import { hash10 } from './hash';

const TRUE_FALSE = [
	{ text: 'Vrai', value: true },
	{ text: 'Faux', value: false }
];

/**
 * True or false. A true statement is a sentence of the article that stands on its own; a false one
 * is such a sentence with one fact changed in a way the article contradicts: another number
 * (`99 publications` where it says 98), another day, another year. Names are never swapped: the
 * article rarely says that someone else did *not* do a thing.
 */
export function askStatements({ article, sentences, mine }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	const slots = [
		...mine.numbers,
		...mine.dates.filter((d) => d.granularity === 'weekday' || d.granularity === 'year')
	];
	for (const s of sentences.filter(standsAlone)) {
		const evidence = [evidenceOf(article, s.start, s.end)];
		const inSentence = slots.filter((f) => f.sentence === s.index);
		const slot = inSentence[0];
		const changed = slot ? changedValue(slot, s.text) : null;
		// Alternate true and false statements across sentences, stably.
		const makeFalse = changed !== null && parseInt(hash10(s.text), 16) % 3 !== 0;
		const statement =
			makeFalse && slot && changed
				? s.text.slice(0, slot.start - s.start) + changed + s.text.slice(slot.end - s.start)
				: s.text;
		const explanation =
			makeFalse && slot
				? {
						fr: frenchTypography(
							`Faux : l’article indique ${guillemets(slot.text)} et non ${guillemets(changed!)} : ${guillemets(s.text)}`
						),
						en: `False: the article says “${slot.text}”, not “${changed}”: “${s.text}”`
					}
				: {
						fr: frenchTypography(`Vrai : c’est ce qu’écrit l’article : ${guillemets(s.text)}`),
						en: `True: this is what the article writes: “${s.text}”`
					};
		out.push({
			score: makeFalse ? 7 : 4,
			passage: `${article.id}#${s.index}`,
			asks: `statement:${article.id}:${s.index}`,
			supports: makeFalse && slot ? [slot.text] : [s.text],
			contradicts: makeFalse && changed ? [changed] : [],
			question: {
				...baseFields(
					'true-false',
					evidence,
					statement,
					frenchTypography('D’après l’article, cette affirmation est-elle vraie ou fausse ?'),
					explanation,
					'check-statements',
					difficultyOf(makeFalse ? 2 : 1, s.text)
				),
				type: 'true-false',
				statement,
				choices: TRUE_FALSE.map((c, i) => ({
					id: String.fromCharCode(97 + i),
					text: c.text,
					correct: c.value === !makeFalse
				}))
			}
		});
	}
	return out;
}

/** A value the article contradicts for this slot, written as the original is. */
function changedValue(slot: NumberFact | DateFact, sentence: string): string | null {
	if (slot.kind === 'number')
		return numberDistractors(slot.value, slot.written, [], slot.text)[0] ?? null;
	if (slot.granularity === 'weekday')
		return weekdayDistractors(slot.text, sentence, slot.text)[0] ?? null;
	const year = Number(slot.value);
	return String(year + (year % 2 === 0 ? 2 : -2));
}

/** `D’après l’article, quelles affirmations sont vraies ?` from two true and two false statements. */
export function askStatementList(candidates: Candidate[], articleId: string): Candidate[] {
	const tf = candidates.filter(
		(c) => c.question.type === 'true-false' && c.question.statement.split(/\s+/u).length <= 25
	);
	const right = tf.filter(
		(c) => c.question.type === 'true-false' && c.question.choices[0]!.correct
	);
	const wrong = tf.filter(
		(c) => c.question.type === 'true-false' && !c.question.choices[0]!.correct
	);
	if (right.length < 4 || wrong.length < 4) return [];
	// Use the statements the true/false questions will not: the last ones of each list.
	const picked = [...right.slice(-2), ...wrong.slice(-2)];
	const statements = picked.map((c) =>
		c.question.type === 'true-false' ? c.question.statement : ''
	);
	const evidence = picked.flatMap((c) => c.question.evidence).sort((a, b) => a.start - b.start);
	return [
		{
			score: 7,
			passage: picked.map((c) => c.passage).join('|'),
			asks: `statements:${articleId}:${picked.map((c) => c.asks).join()}`,
			supports: picked.slice(0, 2).flatMap((c) => c.supports),
			contradicts: picked.slice(2).flatMap((c) => c.contradicts),
			question: {
				...baseFields(
					'multiple',
					evidence,
					statements.join('|'),
					frenchTypography(
						'D’après l’article, quelles affirmations sont vraies ? Plusieurs réponses sont attendues.'
					),
					{
						fr: frenchTypography(
							`Deux affirmations reprennent l’article mot pour mot ; les deux autres changent un nombre ou une date.`
						),
						en: 'Two statements repeat the article word for word; the other two change a number or a date.'
					},
					'check-statements',
					2
				),
				type: 'multiple',
				choices: letteredChoices(statements.slice(0, 2), statements.slice(2), statements.join())
			}
		}
	];
}
