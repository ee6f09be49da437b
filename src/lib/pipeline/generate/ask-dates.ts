import { baseFields, difficultyOf, evidenceOf, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { gapIn } from './gap';
import { frenchTypography, guillemets } from './typography';
import { askableDate } from './askable';
import { passageFor } from './passage';

const WHAT = {
	year: 'l’année',
	day: 'la date',
	month: 'le mois et l’année',
	time: 'l’heure'
} as const;

/**
 * Dates the article states in full, typed into their sentence: `Parler a été fondée en [2018]`,
 * `Le [6 janvier 2021], une horde de manifestants…`. Weekdays are never asked: `vendredi` means
 * nothing out of the article, and any other day would fit the sentence as well.
 */
export function askDates({ article, sentences, mine }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	for (const d of mine.dates) {
		if (d.granularity === 'weekday') continue;
		const sentence = sentences[d.sentence]!;
		const passage = passageFor(sentences, d.sentence, article.text);
		if (!passage || !askableDate(d, sentence, article.title)) continue;
		const gap = gapIn(passage, d.start, d.end);
		out.push({
			passage: `${article.id}#${d.sentence}`,
			asks: `date:${article.id}:${d.start}`,
			supports: [d.text],
			score: d.granularity === 'year' ? 7 : 6,
			contradicts: [],
			question: {
				...baseFields(
					'cloze',
					[evidenceOf(article, passage.start, passage.end)],
					d.text,
					frenchTypography(
						`Complétez la phrase de l’article : quelle est ${WHAT[d.granularity]} qui manque ?`
					),
					{
						fr: frenchTypography(`L’article le précise : ${guillemets(passage.text)}`),
						en: `The article says so: “${passage.text}”`
					},
					'read-dates',
					difficultyOf(2, passage.text)
				),
				type: 'cloze',
				before: gap.before,
				after: gap.after,
				// `6 janvier 2021`, and `6 janvier` too: the year is not what the question is about.
				accept: [...new Set([d.text, d.text.replace(/\s\d{4}$/u, '')])]
			}
		});
	}
	return out;
}
