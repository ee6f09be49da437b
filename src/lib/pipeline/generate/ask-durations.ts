import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { durations, otherDurations } from './durations';
import { excerptAround } from './excerpt';
import { gapIn, withPassage } from './gap';
import { passageFor } from './passage';
import { frenchTypography, guillemets } from './typography';

/**
 * How long something lasts or will take, picked among lengths of the same order:
 * `Le chef d'entreprise assure […] que l'application sera de retour d'ici [une semaine]…` with
 * `deux semaines`, `un mois`, `un jour` as wrong choices. One question per sentence.
 */
export function askDurations({ article, sentences }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	for (const s of sentences) {
		const found = durations(s.text);
		// Two lengths in one sentence: the gap in one shows the other, and they may be confused.
		if (found.length !== 1) continue;
		const d = found[0]!;
		const passage = passageFor(sentences, s.index, article.text);
		if (!passage) continue;
		const wrong = otherDurations(d, passage.text);
		if (wrong.length < 3) continue;
		const start = s.start + d.at;
		const end = start + d.text.length;
		const excerpt = excerptAround(passage, start, end);
		out.push({
			score: 7,
			passage: `${article.id}#${s.index}`,
			asks: `duration:${article.id}:${start}`,
			supports: [d.text],
			contradicts: wrong,
			question: {
				...baseFields(
					'single',
					[evidenceOf(article, passage.start, passage.end)],
					d.text,
					withPassage(
						// `sera de retour d'ici une semaine`: a deadline, not how long something lasts.
						/d['’]ici\s$/u.test(s.text.slice(0, d.at))
							? 'D’après l’article, quel délai manque dans ce passage ?'
							: 'D’après l’article, quelle durée manque dans ce passage ?',
						gapIn(passage, start, end).shown
					),
					{
						fr: frenchTypography(
							`La réponse est ${guillemets(d.text)} : l’article écrit ${guillemets(excerpt)}.`
						),
						en: `The answer is “${d.text}”: the article writes “${excerpt}”.`
					},
					'read-dates',
					difficultyOf(1, passage.text)
				),
				type: 'single',
				choices: letteredChoices([d.text], wrong, d.text + s.text)
			}
		});
	}
	return out;
}
