import { listsIn } from '../facts/extract-facts';
import type { Entity, Mention } from '../facts/types';
import { nameKey } from '../refine/group-entities';
import type { SentenceText } from '../extract/sentences';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { englishList, frenchList } from './distractors';
import { actorDistractors } from './actor-distractors';
import { answerable, articleActors, topicOf } from './actor-kind';
import { excerptAround } from './excerpt';
import { withoutAnswer } from './without-answer';
import { genderAround, organisationBefore } from '../extract/person-cues';
import { frenchQuotes, pointTo, sentencePassage } from './point-to';
import { gapIn, gapsIn, withPassage } from './gap';
import { frenchTypography, guillemets } from './typography';
import { passageFor, type Passage } from './passage';

type Named = { m: Mention; e: Entity };

/** `M. […]`, `le Premier ministre […]`, `la présidente […]`: a title narrows the gap to one kind of person. */
const TITLE_BEFORE =
	/(?:^|\s)(?:M\.|Mme|Mlle|Dr|Pr|Me|président|présidente|ministre|maire|député|députée|sénateur|sénatrice|préfet|juge|général|pape|roi|reine|prince|princesse|chancelier|chancelière|PDG|CEO|patron|fondateur|porte-parole|procureur|avocat|avocate|opposant|opposante|joueur|chef)(?:\s\p{Ll}+)?,?\s$/u;

/**
 * Who did what. From an event, `D’après l’article, qui a dénoncé la réforme comme un « coup
 * d’Etat constitutionnel » ?` with other people (or organisations) of the article as choices;
 * from `Google et Apple ont déjà retiré Parler…`, the listed names left out (several right
 * answers); from any other sentence naming a person or an organisation, the name left out.
 */
export function askActors(ctx: GenerateContext): Candidate[] {
	const { article, sentences, mine, facts } = ctx;
	const out: Candidate[] = [];
	const actors = articleActors(ctx);
	const actorOf = (name: string) => actors.get(facts.entityOf.get(nameKey(name))?.id ?? '');
	// The actor the article is about: never a wrong choice (Parler banning itself).
	const topic = topicOf(ctx);
	for (const ev of mine.events) {
		const who = actorOf(ev.subject);
		const sentence = sentences[ev.sentence]!;
		const m = mine.named.find((n) => n.m.sentence === ev.sentence && n.m.text === ev.subject)?.m;
		// The question must not name the answer: `… de son Cloud AWS` for Amazon is left out.
		const predicate = who && withoutAnswer(ev.predicate, who.e.aliases);
		if (!who || !m || !predicate || !answerable(ctx, who)) continue;
		// A person by full name, as the wrong choices are; a firm as the article writes it (`AWS`).
		const answer = ev.subject;
		const prompt = frenchTypography(`D’après l’article, qui ${frenchQuotes(predicate)} ?`);
		const wrong = actorDistractors(ctx, who, {
			shown: `${sentence.text} ${predicate}`,
			verb: ev.participle,
			action: predicate,
			sentence: ev.sentence,
			exclude: new Set([topic]),
			answer
		});
		if (wrong.length < 3) continue;
		// `le PDG de Parler, John Matze, a déclaré…`: the sentence asks better who holds the role
		// (a typed answer, another type of question); this question yields to that one.
		const role = mine.roles.some((r) => r.sentence === ev.sentence && r.person === ev.subject);
		out.push({
			score: role ? 8 : 10,
			passage: `${article.id}#${ev.sentence}`,
			asks: `actor:${article.id}:${ev.sentence}:${who.e.id}`,
			supports: [ev.subject],
			contradicts: wrong,
			question: {
				...baseFields(
					'single',
					[evidenceOf(article, sentence.start, sentence.end)],
					answer,
					prompt,
					pointTo(answer, sentencePassage(sentence), m.start, m.end),
					'identify-actors',
					difficultyOf(1, sentence.text)
				),
				type: 'single',
				choices: letteredChoices([answer], wrong, answer + sentence.text)
			}
		});
	}
	const bySentence = new Map<number, Named[]>();
	for (const n of mine.named)
		bySentence.set(n.m.sentence, [...(bySentence.get(n.m.sentence) ?? []), n]);
	for (const s of sentences) {
		const passage = passageFor(sentences, s.index, article.text);
		if (!passage) continue;
		const named = (bySentence.get(s.index) ?? [])
			.filter(({ e }) => actors.has(e.id))
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
			// A gap per sentence that names the actor once: selection keeps one question per answer,
			// so a gap the title gives away or another question hides leaves room for the next.
			if (!answerable(ctx, actors.get(e.id)!) || named.filter((n) => n.e.id === e.id).length > 1)
				continue;
			if (passage.text.split(m.text).length > 2 || partOfLongerName(s, m)) continue;
			// `le président de la […]`: after an article, the gap is a thing, not a person or a firm.
			const lead = s.text.slice(0, m.start - s.start);
			if (TITLE_BEFORE.test(lead) || /(?:^|\s)(?:le|la|les|l['’]|du|des|au|aux)\s?$/iu.test(lead))
				continue;
			// `le mouvement […]`, `la chaîne britannique […]`: the noun says what kind of
			// organisation fills the gap, which the wrong choices (firms, parties) may not be.
			if (organisationBefore(lead)) continue;
			const actor = actors.get(e.id)!;
			// `[…] a donc décidé de ne plus offrir son service…`: whoever the article shows doing the
			// like (`Apple et Google ont décidé de retirer l'application…`) is no wrong choice.
			const deed = mine.events.find((ev) => ev.sentence === s.index && ev.subject === m.text) ?? {
				// The verb group after the name: its first words say what was done.
				predicate: s.text
					.slice(m.end - s.start)
					.replace(/^[\s,]+/u, '')
					.split(/\s+/u)
					.slice(0, 12)
					.join(' '),
				participle: undefined
			};
			const wrong = sameElision(
				s,
				m,
				actorDistractors(
					ctx,
					actor,
					{
						shown: passage.text,
						exclude: new Set([topic]),
						answer: m.text,
						action: deed.predicate,
						verb: deed.participle,
						sentence: s.index,
						gender: genderAround(
							article.text.slice(Math.max(0, m.start - 80), m.start),
							article.text.slice(m.end, m.end + 40)
						)
					},
					6
				)
			).slice(0, 3);
			if (wrong.length < 3) continue;
			out.push({
				score: actor.kind === 'person' ? 6 : 5,
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
						pointTo(m.text, passage, m.start, m.end),
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
	ctx: GenerateContext,
	passage: Passage,
	members: Named[],
	topic: string
): Candidate[] {
	const { article } = ctx;
	const actors = articleActors(ctx);
	const kinds = members.map((n) => actors.get(n.e.id));
	const s = passage.sentence;
	if (
		kinds.some((k) => k?.kind !== kinds[0]?.kind) ||
		new Set(members.map((n) => n.e.id)).size !== members.length
	)
		return [];
	if (members.some((n) => partOfLongerName(s, n.m))) return [];
	// A list naming the article's own subject (`des applis telles Parler et Gab` in an article on
	// Parler) sets it among its peers, which no other organisation of the article is.
	if (members.some((n) => n.e.id === topic)) return [];
	const exclude = new Set([topic, ...members.map((n) => n.e.id)]);
	const right = members.map((n) => n.m.text);
	// What the listed names did (`ont aussi suspendu le profil…`): whoever the article shows doing
	// the like (`Twitter, qui a définitivement fermé le compte…`) is no wrong choice.
	const action = s.text.slice(members.at(-1)!.m.end - s.start).replace(/^[\s,]+/u, '');
	const asked = { shown: passage.text, exclude, action, sentence: s.index };
	// `Google Cloud` beside `[…] et […]` (Google, Apple): a name sharing a word with any right one.
	const rightWords = new Set(right.flatMap((r) => r.split(/[\s-]+/u)));
	const wrong = [
		...new Set(
			kinds.flatMap((k, i) => actorDistractors(ctx, k!, { ...asked, answer: right[i]! }, 4))
		)
	]
		.filter((w) => !w.split(/[\s-]+/u).some((word) => rightWords.has(word)))
		.slice(0, 2);
	if (wrong.length < 2) return [];
	const excerpt = excerptAround(passage, members[0]!.m.start, members.at(-1)!.m.end);
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
							`Ce sont ${frenchList(right)} : l’article écrit ${guillemets(excerpt)}.`
						),
						en: `${englishList(right)}: the article writes “${excerpt}”.`
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
