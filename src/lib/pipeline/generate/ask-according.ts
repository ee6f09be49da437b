import type { Mention } from '../facts/types';
import { extractAccording } from '../extract/extract-according';
import { nameKey } from '../refine/group-entities';
import { containsWords } from '../validate/checks';
import { actorDistractors } from './actor-distractors';
import { answerable, articleActors, topicOf } from './actor-kind';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { frenchQuotes, pointTo, sentencePassage } from './point-to';
import { frenchTypography } from './typography';

/** `que les GAFAM…`, `qu’il s’agit…`: `que` elided before a vowel, with the claim's own apostrophe. */
function que(clause: string): string {
	const apostrophe = clause.includes("'") ? "'" : '’';
	return /^[aeiouyhàâéèêëîïôœAEIOUYÀÂÉÈÊÎÔ]/u.test(clause) && !/^h[aeiou]/u.test(clause)
		? `qu${apostrophe}${clause}`
		: `que ${clause}`;
}

/**
 * According to whom: `Selon l'experte Tatiana Stanovaïa, c'est effectivement le moment pour M.
 * Navalny de garder ses forces…` → `D’après l’article, qui affirme que c’est effectivement le
 * moment pour M. Navalny de garder ses forces pour un autre combat ?`; `Pour José Bové, …` →
 * `qui estime que …`. Wrong choices are other people of the article, or its organisations when
 * it names too few people.
 */
export function askAccording(ctx: GenerateContext): Candidate[] {
	const { article, sentences, mine, facts } = ctx;
	const actors = articleActors(ctx);
	const topic = topicOf(ctx);
	const bySentence = new Map<number, Mention[]>();
	for (const { m } of mine.named)
		bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
	const out: Candidate[] = [];
	for (const s of sentences) {
		if (s.heading) continue;
		for (const fact of extractAccording(s, bySentence.get(s.index) ?? [])) {
			const who = actors.get(facts.entityOf.get(nameKey(fact.source.text))?.id ?? '');
			if (!who || !answerable(ctx, who) || who.e.aliases.some((a) => containsWords(fact.claim, a)))
				continue;
			const verb = fact.how === 'pour' ? 'estime' : 'affirme';
			const answer = fact.source.text;
			const wrong = actorDistractors(ctx, who, {
				shown: `${s.text} ${fact.claim}`,
				verb,
				action: fact.claim,
				sentence: s.index,
				exclude: new Set([topic]),
				answer
			});
			if (wrong.length < 3) continue;
			out.push({
				score: 9,
				passage: `${article.id}#${s.index}`,
				asks: `according:${article.id}:${s.index}:${who.e.id}`,
				supports: [fact.source.text],
				contradicts: wrong,
				question: {
					...baseFields(
						'single',
						[evidenceOf(article, s.start, s.end)],
						answer,
						frenchTypography(`D’après l’article, qui ${verb} ${que(frenchQuotes(fact.claim))} ?`),
						pointTo(answer, sentencePassage(s), fact.source.start, fact.source.end),
						'identify-sources',
						difficultyOf(1, s.text)
					),
					type: 'single',
					choices: letteredChoices([answer], wrong, answer + s.text)
				}
			});
			break;
		}
	}
	return out;
}
