import { listsIn } from '../facts/extract-facts';
import { nameKey } from '../refine/group-entities';
import {
	baseFields,
	difficultyOf,
	evidenceOf,
	TRUE_FALSE_PROMPT,
	trueFalseChoices,
	type Candidate
} from './candidate';
import type { GenerateContext } from './context';
import { entityDistractors, frenchList } from './distractors';
import { hash10 } from './hash';
import { quotable } from './sentence-quality';
import { containsWords } from '../validate/checks';
import { capitalize, frenchTypography, guillemets } from './typography';

/**
 * True or false on who did something: the article's own attribution, or the same action given to
 * another organisation of the same kind. `D’après l’article, c’est Google qui a décidé de
 * suspendre le compte de Parler à partir de 08H00 GMT lundi.` is false: the article names Amazon.
 * Also from lists: `Google et Apple ont déjà retiré Parler…` becomes `Google et Amazon ont…`.
 * Only organisations, and only with a stand-in the article does not credit with the same action.
 */
export function askAttributions({ article, sentences, mine, facts }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	const entityOf = (name: string) => facts.entityOf.get(nameKey(name));
	const push = (
		index: number,
		statement: string,
		truth: boolean,
		original: string,
		swapped: string,
		slot: string
	) => {
		const s = sentences[index]!;
		const explanation = truth
			? {
					fr: frenchTypography(`Vrai : l’article le dit : ${guillemets(s.text)}`),
					en: `True: the article says so: “${s.text}”`
				}
			: {
					fr: frenchTypography(
						`Faux : l’article nomme ${original}, et non ${swapped} : ${guillemets(s.text)}`
					),
					en: `False: the article names ${original}, not ${swapped}: “${s.text}”`
				};
		out.push({
			score: 7,
			passage: `${article.id}#${index}`,
			asks: `attribution:${article.id}:${index}`,
			supports: [slot],
			contradicts: truth ? [] : [swapped],
			question: {
				...baseFields(
					'true-false',
					[evidenceOf(article, s.start, s.end)],
					statement,
					TRUE_FALSE_PROMPT,
					explanation,
					'identify-actors',
					difficultyOf(1, s.text)
				),
				type: 'true-false',
				statement,
				choices: trueFalseChoices(truth)
			}
		});
	};

	for (const ev of mine.events) {
		const who = entityOf(ev.subject);
		if (who?.type !== 'organisation' || who.aliases.some((a) => containsWords(ev.predicate, a)))
			continue;
		const alsoDid = new Set(
			mine.events
				.filter((e) => e.participle === ev.participle)
				.map((e) => entityOf(e.subject)?.id ?? '')
		);
		const [other] = entityDistractors(
			who,
			facts,
			article.id,
			sentences[ev.sentence]!.text,
			alsoDid,
			1
		);
		if (!other) continue;
		const truth = parseInt(hash10(ev.predicate), 16) % 3 === 0;
		const name = truth ? ev.subject : other;
		push(ev.sentence, `C’est ${name} qui ${ev.predicate}.`, truth, ev.subject, other, ev.subject);
	}

	const byIndex = new Map<number, typeof mine.named>();
	for (const n of mine.named) byIndex.set(n.m.sentence, [...(byIndex.get(n.m.sentence) ?? []), n]);
	for (const [index, named] of byIndex) {
		const s = sentences[index]!;
		if (!quotable(s)) continue;
		const sorted = [...named].sort((a, b) => a.m.start - b.m.start);
		const list = listsIn(
			s.text,
			s.start,
			sorted.map((n) => n.m)
		)[0];
		// A list that opens the sentence is its subject: `Google et Apple ont déjà retiré Parler…`.
		if (!list || list[0]!.start !== s.start || list.length > 3) continue;
		const members = sorted.filter((n) => list.includes(n.m));
		if (!members.every((n) => n.e.type === 'organisation')) continue;
		const exclude = new Set(members.map((n) => n.e.id));
		const [other] = entityDistractors(members[0]!.e, facts, article.id, s.text, exclude, 1);
		if (!other) continue;
		const truth = parseInt(hash10(s.text), 16) % 3 === 0;
		const replaced = members.at(-1)!;
		const statement = truth
			? s.text
			: s.text.slice(0, replaced.m.start - s.start) +
				other +
				s.text.slice(replaced.m.end - s.start);
		const names = members.map((n) => n.m.text);
		push(index, capitalize(statement), truth, frenchList(names), other, replaced.m.text);
	}
	return out;
}
