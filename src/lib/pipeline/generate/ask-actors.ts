import { listsIn } from '../facts/extract-facts';
import type { Entity, Mention } from '../facts/types';
import { nameKey } from '../refine/group-entities';
import type { SentenceText } from '../extract/sentences';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { englishList, entityDistractors, frenchList } from './distractors';
import { gapIn, gapsIn, withPassage } from './gap';
import { frenchTypography, guillemets } from './typography';

type Named = { m: Mention; e: Entity };

const usable = (e: Entity | undefined): e is Entity =>
	!!e && (e.type === 'organisation' || e.type === 'person');

/**
 * Who did what. From an event, `D’après l’article, qui a décidé de suspendre le compte de Parler
 * à partir de 08H00 GMT lundi ?` with other organisations (or people) as choices; from `Google et
 * Apple ont déjà retiré Parler…`, the listed names left out (several right answers); from any
 * other sentence naming a person or an organisation, the name left out.
 */
export function askActors(ctx: GenerateContext): Candidate[] {
	const { article, sentences, mine, facts } = ctx;
	const out: Candidate[] = [];
	const entityOf = (name: string) => facts.entityOf.get(nameKey(name));
	for (const ev of mine.events) {
		const who = entityOf(ev.subject);
		const sentence = sentences[ev.sentence]!;
		if (!usable(who)) continue;
		// Anyone else the article says did the same thing is not a wrong answer.
		const alsoDid = new Set(
			mine.events
				.filter((e) => e.participle === ev.participle)
				.map((e) => entityOf(e.subject)?.id ?? '')
		);
		const wrong = entityDistractors(who, facts, article.id, sentence.text, alsoDid);
		if (wrong.length < 3) continue;
		out.push({
			score: 10,
			passage: `${article.id}#${ev.sentence}`,
			asks: `actor:${article.id}:${ev.sentence}:${who.id}`,
			supports: [ev.subject],
			contradicts: wrong,
			question: {
				...baseFields(
					'single',
					[evidenceOf(article, sentence.start, sentence.end)],
					ev.subject,
					frenchTypography(`D’après l’article, qui ${ev.predicate} ?`),
					{
						fr: frenchTypography(
							`C’est ${ev.subject}, comme l’écrit l’article : ${guillemets(sentence.text)}`
						),
						en: `${ev.subject}, as the article writes: “${sentence.text}”`
					},
					'identify-actors',
					difficultyOf(1, sentence.text)
				),
				type: 'single',
				choices: letteredChoices([ev.subject], wrong, ev.subject + sentence.text)
			}
		});
	}
	const bySentence = new Map<number, Named[]>();
	const counts = new Map<string, number>();
	for (const n of mine.named) {
		bySentence.set(n.m.sentence, [...(bySentence.get(n.m.sentence) ?? []), n]);
		counts.set(n.e.id, (counts.get(n.e.id) ?? 0) + 1);
	}
	// The entity the article is about is no question: `[…] ne s’avoue pas vaincu` in an article on Parler.
	const topic = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
	const asked = new Set<string>();
	for (const s of sentences) {
		if (s.heading || s.text.split(/\s+/u).length < 8) continue;
		const named = (bySentence.get(s.index) ?? [])
			.filter(({ e }) => usable(e))
			.sort((a, b) => a.m.start - b.m.start);
		const list = listsIn(
			s.text,
			s.start,
			named.map((n) => n.m)
		).sort((a, b) => b.length - a.length)[0];
		if (list) {
			out.push(
				...askList(
					ctx,
					s,
					named.filter((n) => list.includes(n.m))
				)
			);
			continue;
		}
		for (const { m, e } of named) {
			// One such question per name: the same name left out three times teaches nothing more.
			if (e.id === topic || asked.has(e.id) || named.filter((n) => n.e.id === e.id).length > 1)
				continue;
			if (s.text.split(m.text).length > 2) continue;
			const wrong = entityDistractors(e, facts, article.id, s.text, new Set());
			if (wrong.length < 3) continue;
			asked.add(e.id);
			out.push({
				score: e.type === 'person' ? 6 : 5,
				passage: `${article.id}#${s.index}`,
				asks: `name:${article.id}:${s.index}:${e.id}`,
				supports: [m.text],
				contradicts: wrong,
				question: {
					...baseFields(
						'single',
						[evidenceOf(article, s.start, s.end)],
						m.text,
						withPassage(
							`D’après l’article, quel nom manque dans cette phrase ?`,
							gapIn(s, m.start, m.end).shown
						),
						{
							fr: frenchTypography(`L’article écrit : ${guillemets(s.text)}`),
							en: `The article writes: “${s.text}”`
						},
						'identify-actors',
						difficultyOf(1, s.text)
					),
					type: 'single',
					choices: letteredChoices([m.text], wrong, m.text + s.text)
				}
			});
			break;
		}
	}
	return out;
}

/** `[…] et […] ont déjà retiré Parler…`: every listed name left out, two wrong names added. */
function askList(
	{ article, facts }: GenerateContext,
	s: SentenceText,
	members: Named[]
): Candidate[] {
	const type = members[0]!.e.type;
	if (
		!members.every((n) => n.e.type === type) ||
		new Set(members.map((n) => n.e.id)).size !== members.length
	)
		return [];
	const wrong = entityDistractors(
		members[0]!.e,
		facts,
		article.id,
		s.text,
		new Set(members.map((n) => n.e.id)),
		2
	);
	if (wrong.length < 2) return [];
	const right = members.map((n) => n.m.text);
	return [
		{
			score: 8,
			passage: `${article.id}#${s.index}`,
			asks: `list:${article.id}:${s.index}`,
			supports: right,
			contradicts: wrong,
			question: {
				...baseFields(
					'multiple',
					[evidenceOf(article, s.start, s.end)],
					right.join('+'),
					withPassage(
						`D’après l’article, quels noms manquent dans cette phrase ? Plusieurs réponses sont attendues.`,
						gapsIn(
							s,
							members.map((n) => n.m)
						)
					),
					{
						fr: frenchTypography(`L’article nomme ${frenchList(right)} : ${guillemets(s.text)}`),
						en: `The article names ${englishList(right)}: “${s.text}”`
					},
					'identify-actors',
					2
				),
				type: 'multiple',
				choices: letteredChoices(right, wrong, right.join() + s.text)
			}
		}
	];
}
