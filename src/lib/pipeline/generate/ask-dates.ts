import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { weekdayDistractors } from './distractors';
import { gapIn, withPassage } from './gap';
import { frenchTypography, guillemets } from './typography';
import { askableDate } from './askable';
import { passageFor } from './passage';

/**
 * Days and years, asked in their sentence: `Twitter, qui a définitivement fermé le compte de
 * Donald Trump [vendredi]` (pick the day), `Parler a été fondée en [2018]` (type the year).
 * Full dates and times are asked as typed cloze too.
 */
export function askDates({ article, sentences, mine }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	for (const d of mine.dates) {
		const sentence = sentences[d.sentence]!;
		const passage = passageFor(sentences, d.sentence, article.text);
		if (!passage || !askableDate(d, sentence)) continue;
		const gap = gapIn(passage, d.start, d.end);
		const evidence = [evidenceOf(article, passage.start, passage.end)];
		const explanation = {
			fr: frenchTypography(`L’article le précise : ${guillemets(passage.text)}`),
			en: `The article says so: “${passage.text}”`
		};
		const common = {
			passage: `${article.id}#${d.sentence}`,
			asks: `date:${article.id}:${d.start}`,
			supports: [d.text]
		};
		if (d.granularity === 'weekday') {
			const wrong = weekdayDistractors(d.text, sentence.text, d.text + sentence.text);
			out.push({
				...common,
				score: 6,
				contradicts: wrong,
				question: {
					...baseFields(
						'single',
						evidence,
						d.text,
						withPassage('D’après l’article, quel jour manque dans ce passage ?', gap.shown),
						explanation,
						'read-dates',
						difficultyOf(1, sentence.text)
					),
					type: 'single',
					choices: letteredChoices([d.text], wrong, d.text + sentence.text)
				}
			});
		} else {
			const what = { year: 'l’année', day: 'la date', month: 'la date', time: 'l’heure' }[
				d.granularity
			];
			out.push({
				...common,
				score: d.granularity === 'year' ? 7 : 6,
				contradicts: [],
				question: {
					...baseFields(
						'cloze',
						evidence,
						d.text,
						frenchTypography(`Complétez la phrase de l’article : quelle est ${what} qui manque ?`),
						explanation,
						'read-dates',
						difficultyOf(2, sentence.text)
					),
					type: 'cloze',
					before: gap.before,
					after: gap.after,
					// `6 janvier 2021`, and `6 janvier` too: the year is not what the question is about.
					accept: [...new Set([d.text, d.text.replace(/\s\d{4}$/u, '')])]
				}
			});
		}
	}
	return out;
}
