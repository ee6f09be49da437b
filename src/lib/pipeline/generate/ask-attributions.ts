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
import { englishList, frenchList } from './distractors';
import { actorDistractors } from './actor-distractors';
import { answerable, articleActors, topicOf } from './actor-kind';
import { askAccording } from './ask-according';
import { excerptAround } from './excerpt';
import { withoutAnswer } from './without-answer';
import { frenchQuotes, sentencePassage } from './point-to';
import { hash10 } from './hash';
import { quotable } from './sentence-quality';
import { capitalize, frenchTypography, guillemets } from './typography';

/**
 * True or false on who did something: the article's own attribution, or the same action given to
 * another actor. `C’est Google qui a décidé de suspendre le compte de Parler à partir de 08H00
 * GMT lundi.` is false: the article names Amazon. Also from lists: `Google et Apple ont déjà
 * retiré Parler…` becomes `Google et Amazon ont…`. The stand-in is of the same kind, or any actor
 * for a verb any actor can do, and never one the article credits with the same action. Then the
 * claims the article lends to someone: `D’après l’article, qui affirme que… ?` (ask-according).
 */
export function askAttributions(ctx: GenerateContext): Candidate[] {
	const { article, sentences, mine, facts } = ctx;
	const out: Candidate[] = [];
	const actors = articleActors(ctx);
	const actorOf = (name: string) => actors.get(facts.entityOf.get(nameKey(name))?.id ?? '');
	const topic = topicOf(ctx);
	const push = (
		index: number,
		statement: string,
		truth: boolean,
		right: { name: string; en?: string; start: number; end: number },
		swapped: string,
		slot: string
	) => {
		const s = sentences[index]!;
		const excerpt = excerptAround(sentencePassage(s), right.start, right.end);
		const explanation = truth
			? {
					fr: frenchTypography(`Vrai : l’article écrit ${guillemets(excerpt)}.`),
					en: `True: the article writes “${excerpt}”.`
				}
			: {
					fr: frenchTypography(
						`Faux : ${/\set\s/u.test(right.name) ? 'ce sont' : 'c’est'} ${right.name}, et non ${swapped} : l’article écrit ${guillemets(excerpt)}.`
					),
					en: `False: it is ${right.en ?? right.name}, not ${swapped}: the article writes “${excerpt}”.`
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

	const used = new Set<string>();
	for (const ev of mine.events) {
		const who = actorOf(ev.subject);
		const s = sentences[ev.sentence]!;
		const m = mine.named.find((n) => n.m.sentence === ev.sentence && n.m.text === ev.subject)?.m;
		const predicate = who && withoutAnswer(ev.predicate, who.e.aliases);
		if (!who || !m || !predicate || !answerable(ctx, who)) continue;
		// `le PSG s'est incliné…`: a name the article writes after an article reads badly bare.
		if (/(?:^|\s)(?:le|la|les|l['’])\s?$/iu.test(s.text.slice(0, m.start - s.start))) continue;
		const answer = ev.subject;
		const others = actorDistractors(
			ctx,
			who,
			{
				shown: `${s.text} ${predicate}`,
				verb: ev.participle,
				action: predicate,
				sentence: ev.sentence,
				exclude: new Set([topic]),
				answer
			},
			3
		);
		if (others.length === 0) continue;
		// Not always the same stand-in: the most named person would be false every time.
		// and never the same one twice in an article (`Tixier-Vignancour` paying two tributes).
		const fresh = others.filter((o) => !used.has(o));
		if (fresh.length === 0) continue;
		const other = fresh[parseInt(hash10(s.text), 16) % fresh.length]!;
		used.add(other);
		const truth = parseInt(hash10(predicate), 16) % 3 === 0;
		const name = truth ? answer : other;
		push(
			ev.sentence,
			frenchTypography(`C’est ${name} qui ${frenchQuotes(predicate)}.`),
			truth,
			{ name: answer, start: m.start, end: m.end },
			other,
			ev.subject
		);
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
		const kinds = members.map((n) => actors.get(n.e.id));
		if (!kinds.every((k) => k?.kind === 'organisation')) continue;
		const exclude = new Set([topic, ...members.map((n) => n.e.id)]);
		const [other] = actorDistractors(
			ctx,
			kinds[0]!,
			{ shown: s.text, exclude, answer: members[0]!.m.text },
			1
		);
		if (!other) continue;
		const truth = parseInt(hash10(s.text), 16) % 3 === 0;
		const replaced = members.at(-1)!;
		const statement = truth
			? s.text
			: s.text.slice(0, replaced.m.start - s.start) +
				other +
				s.text.slice(replaced.m.end - s.start);
		const names = members.map((n) => n.m.text);
		push(
			index,
			capitalize(statement),
			truth,
			{
				name: frenchList(names),
				en: englishList(names),
				start: members[0]!.m.start,
				end: replaced.m.end
			},
			other,
			replaced.m.text
		);
	}
	return [...out, ...askAccording(ctx)];
}
