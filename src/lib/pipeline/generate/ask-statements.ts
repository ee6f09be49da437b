import { excerptAround } from './excerpt';
import type { DateFact, NumberFact } from '../facts/types';
import { WEEKDAYS as DAYS } from '../extract/extract-dates';
import type { SentenceText } from '../extract/sentences';
import { askableDate, askableNumber } from './askable';
import { baseFields, letteredChoices, trueFalseCandidate, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { numberDistractors } from './distractors';
import { hash10 } from './hash';
import { limitsFor } from './number-limits';
import { factStatement, withoutLinks } from './fact-statement';
import { frenchTypography, guillemets } from './typography';

/**
 * True or false, on a fact the article reports (no opinion, no quotation) with a checkable slot:
 * a number, a year or a weekday. One statement in three (by a stable coin toss) gives the slot as the
 * article does; the others change it to a value the article contradicts (`120 publications`
 * where it says 98). Every statement holds such a slot, so a number is no hint that it is false.
 * Names are never swapped here: an article rarely says that someone else did *not* do a thing.
 */
export function askStatements({ article, sentences, mine }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	const slots: (NumberFact | DateFact)[] = [
		...mine.numbers.filter((n) => askableNumber(n, sentences[n.sentence]!, article.title)),
		...mine.dates.filter(
			(d) =>
				(d.granularity === 'year' || d.granularity === 'weekday') &&
				askableDate(d, sentences[d.sentence]!, article.title)
		)
	];
	for (const s of sentences) {
		const slot = slots.find((f) => f.sentence === s.index);
		const stated = slot ? factStatement(s) : null;
		if (!slot || !stated || slot.start - s.start < stated.cut) continue;
		const changed = changedValue(slot, s);
		if (!changed) continue;
		// A true statement repeats the article, which tests little: one in three is true.
		const makeFalse = parseInt(hash10(s.text), 16) % 3 !== 0;
		const at = slot.start - s.start - stated.cut;
		const statement = withoutLinks(
			makeFalse
				? stated.text.slice(0, at) + changed + stated.text.slice(at + slot.end - slot.start)
				: stated.text
		);
		const excerpt = excerptAround(
			{ sentence: s, start: s.start, end: s.end, text: s.text },
			slot.start,
			slot.end
		);
		const explanation = makeFalse
			? {
					fr: frenchTypography(
						`Faux : l’article indique ${guillemets(slot.text)}, et non ${guillemets(changed)} : ${guillemets(excerpt)}.`
					),
					en: `False: the article says “${slot.text}”, not “${changed}”: “${excerpt}”.`
				}
			: {
					fr: frenchTypography(
						`Vrai : l’article indique bien ${guillemets(slot.text)} : ${guillemets(excerpt)}.`
					),
					en: `True: the article does say “${slot.text}”: “${excerpt}”.`
				};
		out.push(
			trueFalseCandidate(article, s, statement, makeFalse, explanation, {
				asks: `statement:${article.id}:${s.index}`,
				supports: [slot.text],
				contradicts: makeFalse ? [changed] : []
			})
		);
	}
	return out;
}

/** A value the article contradicts for this slot, written as the original is. */
function changedValue(slot: NumberFact | DateFact, s: SentenceText): string | null {
	if (slot.kind === 'number')
		return (
			numberDistractors(slot.value, slot.written, [], slot.text, limitsFor(slot, s))[0] ?? null
		);
	if (slot.granularity === 'weekday') return otherDay(slot, s);
	const year = Number(slot.value);
	return String(year + (year % 2 === 0 ? 2 : -3));
}

/**
 * The day before or after (`jeudi` for `mercredi`), one the sentence does not name: `Le Sénat a
 * voté jeudi…` where the article says mercredi. Null when both neighbours are in the sentence.
 */
function otherDay(slot: DateFact, s: SentenceText): string | null {
	const day = Number(slot.value.slice('weekday:'.length));
	const lower = s.text.toLocaleLowerCase('fr');
	const side = parseInt(hash10(s.text), 16) % 2 === 0 ? 1 : -1;
	for (const k of [side, -side]) {
		const other = DAYS[(day + k + 7) % 7]!;
		if (!lower.includes(other)) return other;
	}
	return null;
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
							`Deux affirmations reprennent l’article ; dans les deux autres, un détail a été changé.`
						),
						en: 'Two statements repeat the article; in the other two, one detail was changed.'
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
