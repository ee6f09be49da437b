import { listsIn } from '../facts/extract-facts';
import type { Entity, Mention } from '../facts/types';
import { nameKey } from '../refine/group-entities';
import type { SentenceText } from '../extract/sentences';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { englishList, entityDistractors, frenchList } from './distractors';
import { gapIn, gapsIn, withPassage } from './gap';
import { frenchTypography, guillemets } from './typography';
import { passageFor, type Passage } from './passage';
import { containsWords } from '../validate/checks';

type Named = { m: Mention; e: Entity };

const usable = (e: Entity | undefined): e is Entity =>
	!!e && e.confident && (e.type === 'organisation' || e.type === 'person');

/** `M. […]`, `le Premier ministre […]`, `la présidente […]`: a title narrows the gap to one kind of person. */
const TITLE_BEFORE =
	/(?:^|\s)(?:M\.|Mme|Mlle|Dr|Pr|Me|président|présidente|ministre|maire|député|députée|sénateur|sénatrice|préfet|juge|général|pape|roi|reine|prince|princesse|chancelier|chancelière|PDG|CEO|patron|fondateur|porte-parole|procureur|avocat|avocate|opposant|opposante|joueur|chef)(?:\s\p{Ll}+)?,?\s$/u;

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
	const counts = new Map<string, number>();
	for (const n of mine.named) counts.set(n.e.id, (counts.get(n.e.id) ?? 0) + 1);
	// The entity the article is about: never a question's answer (`[…] ne s'avoue pas vaincu` in
	// an article on Parler) nor a wrong choice (Parler banning itself from the stores).
	const topic = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
	for (const ev of mine.events) {
		const who = entityOf(ev.subject);
		const sentence = sentences[ev.sentence]!;
		// The question must not name the answer: `… sur les serveurs de son Cloud AWS` for Amazon.
		if (!usable(who) || who.aliases.some((a) => containsWords(ev.predicate, a))) continue;
		// Anyone else the article says did the same thing is not a wrong answer.
		const alsoDid = new Set([
			topic,
			...mine.events
				.filter((e) => e.participle === ev.participle)
				.map((e) => entityOf(e.subject)?.id ?? '')
		]);
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
	for (const n of mine.named)
		bySentence.set(n.m.sentence, [...(bySentence.get(n.m.sentence) ?? []), n]);
	const asked = new Set<string>();
	for (const s of sentences) {
		const passage = passageFor(sentences, s.index, article.text);
		if (!passage) continue;
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
					passage,
					named.filter((n) => list.includes(n.m)),
					topic
				)
			);
			continue;
		}
		for (const { m, e } of named) {
			// One such question per name: the same name left out three times teaches nothing more.
			if (e.id === topic || asked.has(e.id) || named.filter((n) => n.e.id === e.id).length > 1)
				continue;
			if (passage.text.split(m.text).length > 2 || partOfLongerName(s, m)) continue;
			// `le président de la […]`: after an article, the gap is a thing, not a person or a firm.
			const lead = s.text.slice(0, m.start - s.start);
			if (TITLE_BEFORE.test(lead) || /(?:^|\s)(?:le|la|les|l['’]|du|des|au|aux)\s?$/iu.test(lead))
				continue;
			// An organisation never listed with others is of no known kind (`la société Bezos`).
			if (e.type === 'organisation' && !facts.kin.has(e.id)) continue;
			const wrong = sameElision(
				s,
				m,
				entityDistractors(e, facts, article.id, passage.text, new Set([topic]), 6)
			).slice(0, 3);
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
						[evidenceOf(article, passage.start, passage.end)],
						m.text,
						withPassage(
							`D’après l’article, quel nom manque dans ce passage ?`,
							gapIn(passage, m.start, m.end).shown
						),
						{
							fr: frenchTypography(`L’article écrit : ${guillemets(passage.text)}`),
							en: `The article writes: “${passage.text}”`
						},
						'identify-actors',
						difficultyOf(1, passage.text)
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
	passage: Passage,
	members: Named[],
	topic: string
): Candidate[] {
	const type = members[0]!.e.type;
	const s = passage.sentence;
	if (
		!members.every((n) => n.e.type === type) ||
		new Set(members.map((n) => n.e.id)).size !== members.length
	)
		return [];
	if (members.some((n) => partOfLongerName(s, n.m))) return [];
	// A list naming the article's own subject (`des applis telles Parler et Gab` in an article on
	// Parler) sets it among its peers, which no other organisation of the article is.
	if (members.some((n) => n.e.id === topic)) return [];
	const exclude = new Set([topic, ...members.map((n) => n.e.id)]);
	const wrong = [
		...new Set(
			members.flatMap((n) => entityDistractors(n.e, facts, article.id, passage.text, exclude, 2))
		)
	].slice(0, 2);
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
					[evidenceOf(article, passage.start, passage.end)],
					right.join('+'),
					withPassage(
						`D’après l’article, quels noms manquent dans ce passage ? Plusieurs réponses sont attendues.`,
						gapsIn(
							passage,
							members.map((n) => n.m)
						)
					),
					{
						fr: frenchTypography(
							`L’article nomme ${frenchList(right)} : ${guillemets(passage.text)}`
						),
						en: `The article names ${englishList(right)}: “${passage.text}”`
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

/** `la Commission européenne`, `le Rassemblement national`: a capitalised word that is only the start of a name. */
function partOfLongerName(s: SentenceText, m: Mention): boolean {
	const after = s.text.slice(m.end - s.start);
	return (
		/^\s\p{Ll}+(?:ais|aise|ain|aine|al|ale|aux|ien|ienne|ique|iste|é|ée|e)(?![\p{L}])/u.test(
			after
		) && !/\s/u.test(m.text)
	);
}

/**
 * After an elided word (`qu’[…]`, `d’[…]`, `l’[…]`), the gap shows that the name starts with a
 * vowel: the wrong choices must too, or the apostrophe gives the answer away.
 */
function sameElision(s: SentenceText, m: Mention, names: string[]): string[] {
	if (
		!/(?:^|[\s(])(?:[dlnsjmt]|qu|jusqu|lorsqu|puisqu)['’]$/iu.test(
			s.text.slice(0, m.start - s.start)
		)
	)
		return names;
	const vowel = (w: string) => /^[aeiouyhàâäéèêëîïôöûüœAEIOUYHÀÂÉÈÊÎÔÛŒ]/u.test(w);
	return names.filter((n) => vowel(n) === vowel(m.text));
}
