import type { DateFact } from '../facts/types';
import { baseFields, difficultyOf, evidenceOf, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { excerptAround } from './excerpt';
import { gapIn } from './gap';
import { frenchTypography, guillemets } from './typography';
import { askableDate } from './askable';
import { passageFor } from './passage';

/** What the gap holds, as the question asks it. */
function whatIsMissing(d: DateFact): string {
	if (d.granularity === 'day' && /\d\s?[hH:]\s?\d/u.test(d.text))
		return 'quelles sont la date et l’heure qui manquent ?';
	if (d.granularity === 'month')
		return d.value.startsWith('?')
			? 'quel est le mois qui manque ?'
			: 'quels sont le mois et l’année qui manquent ?';
	return `quelle est ${d.granularity === 'year' ? 'l’année' : d.granularity === 'time' ? 'l’heure' : 'la date'} qui manque ?`;
}

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
		// One gap, one piece of information: `08H00 [GMT]` leaves the time zone out, `12 mai [à
		// 20h55]` the hour, `06H00 [mardi]` the day.
		const asked = d.text
			.replace(/\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/iu, '')
			.replace(/\s+(?:GMT|UTC|HEC|heure de Paris|heure locale)$/u, '')
			.replace(/\s(?:à|vers)\s.*$/u, '');
		const end = d.start + asked.length;
		const gap = gapIn(passage, d.start, end);
		const fact = { ...d, text: asked, end };
		const question = `Complétez la phrase de l’article : ${whatIsMissing(fact)}`;
		out.push({
			passage: `${article.id}#${d.sentence}`,
			asks: `date:${article.id}:${d.start}`,
			supports: [asked],
			score: d.granularity === 'year' ? 7 : 6,
			contradicts: [],
			question: {
				...baseFields(
					'cloze',
					[evidenceOf(article, passage.start, passage.end)],
					asked,
					frenchTypography(question),
					{
						fr: frenchTypography(
							`La réponse est ${guillemets(asked)} : l’article écrit ${guillemets(excerptAround(passage, d.start, end))}.`
						),
						en: `The answer is “${asked}”: the article writes “${excerptAround(passage, d.start, end)}”.`
					},
					'read-dates',
					difficultyOf(2, passage.text)
				),
				type: 'cloze',
				before: gap.before,
				after: gap.after,
				// `juin 2018` asks for the year too; `6 janvier 2021` may be typed without it.
				accept: d.granularity === 'month' ? [asked] : dateForms(asked)
			}
		});
	}
	return out;
}

/**
 * The forms a learner may type: `6 janvier 2021` and `6 janvier` (the year is not the point);
 * `12 mai à 20h55` and `12 mai`; `13H30` as `13h30`, `13 h 30`, `13 heures 30`; `9H00` as `9 h`.
 */
export function dateForms(text: string): string[] {
	const forms = [text, text.replace(/\s\d{4}$/u, ''), text.replace(/\s(?:à|vers)\s.*$/u, '')];
	const time = /^(.*?)(\d{1,2})\s?[hH:]\s?(\d{2})(.*)$/u.exec(text);
	if (time) {
		const [, head, h, m, rest] = time;
		const hour = String(Number(h));
		const tail = rest!.trim() ? ` ${rest!.trim()}` : '';
		const forms2 = [`${hour}h${m}`, `${hour} h ${m}`, `${hour} heures ${m}`];
		if (m === '00') forms2.push(`${hour}h`, `${hour} h`, `${hour} heures`);
		forms.push(...forms2.map((f) => `${head}${f}${tail}`));
	}
	return [...new Set(forms.map((f) => f.trim()).filter((f) => f !== ''))];
}
