import { baseFields, evidenceOf, letteredChoices, type Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { AttributedSpeech, SpeakerEntity } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';
import { containsWords } from '../../validate/checks';
import { articleRef } from '../article-ref';
import { quotedWords, showableQuote, speechSpans } from './attributed';
import { howWeKnow, WHO_SPEAKS } from './explain';

/** A set asks `qui a dit` about one speaker at most this many times. */
const MAX_PER_SPEAKER = 3;

/**
 * `Dans l’article …, qui a dit : « Nous allons tout faire pour trouver un nouveau fournisseur
 * rapidement » ?` with the speaker among other speakers of the story (`pool`, most quoted first).
 * Wrong choices are never named in the evidence, so the passage settles the answer alone.
 */
export function askWhoSaid(
	speech: AttributedSpeech[],
	byId: Map<string, CleanArticle>,
	pool: SpeakerEntity[]
): Candidate[] {
	const out: Candidate[] = [];
	const perSpeaker = new Map<string, number>();
	// Quotes found through a pronoun or a role first: they teach the most.
	const ordered = [...speech].sort((a, b) => Number(a.how === 'named') - Number(b.how === 'named'));
	for (const s of ordered) {
		if (!s.quote || (perSpeaker.get(s.who.id) ?? 0) >= MAX_PER_SPEAKER) continue;
		const article = byId.get(s.article)!;
		const words = quotedWords(s, article);
		if (!showableQuote(words)) continue;
		const evidence = speechSpans(s).map((sp) => evidenceOf(article, sp.start, sp.end));
		const shown = evidence.map((e) => e.quote).join(' ');
		// Wrong choices are other speakers of the story only: never a group, a university or a
		// historical figure the articles name but do not quote.
		const wrong = pool
			.filter(
				(p) =>
					p.id !== s.who.id && !containsWords(shown, p.name) && !containsWords(shown, lastName(p))
			)
			.sort((a, b) => Number(b.kind === s.who.kind) - Number(a.kind === s.who.kind))
			.slice(0, 3)
			.map((p) => p.name);
		if (wrong.length < 2) continue;
		// A headline naming the speaker would give the answer away: then the quote stands alone.
		const titled = articleRef(article);
		const ref =
			containsWords(titled.fr, s.who.name) || containsWords(titled.fr, lastName(s.who))
				? articleRef(article, false)
				: titled;
		const prompt = frenchTypography(`Dans ${ref.fr}, qui a dit : ${guillemets(words)} ?`);
		const why = howWeKnow(s, article);
		perSpeaker.set(s.who.id, (perSpeaker.get(s.who.id) ?? 0) + 1);
		out.push({
			score: s.how === 'named' ? 6 : 8,
			passage: `${s.article}#${s.first}`,
			asks: `who-said:${s.article}:${s.quote.start}`,
			supports: [s.mention.text],
			contradicts: wrong,
			question: {
				...baseFields(
					'single',
					evidence,
					s.who.name,
					prompt,
					{
						fr: frenchTypography(`C’est ${s.who.name} : ${why.fr}. ${WHO_SPEAKS.fr}`),
						en: `It is ${s.who.name}: ${why.en}. ${WHO_SPEAKS.en}`
					},
					'attribute-quotes',
					s.how === 'named' ? 1 : 2
				),
				type: 'single',
				choices: letteredChoices([s.who.name], wrong, words)
			}
		});
	}
	return out;
}

/** `Matze` for `John Matze`: a wrong choice whose last name the evidence shows is no fair choice. */
function lastName(p: SpeakerEntity): string {
	return p.kind === 'person' ? p.name.split(/\s+/u).at(-1)! : p.name;
}
