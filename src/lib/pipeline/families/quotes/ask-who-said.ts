import { baseFields, evidenceOf, letteredChoices, type Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { AttributedSpeech, SpeakerEntity } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';
import { articleRef } from '../article-ref';
import { countWord, nameArticleWithout } from '../name-article';
import { quotedWords, showableQuote, speechSpans } from './attributed';
import { howWeKnow, WHO_SPEAKS } from './explain';
import { namedIn, type SpeakerNames } from './speaker-names';

/** A set asks `qui a dit` about one speaker at most this many times. */
const MAX_PER_SPEAKER = 3;

/** A `qui a dit` left out because it would give its answer away, and why. */
export interface GiveAway {
	asks: string;
	reason: string;
}

/**
 * `Dans l’article …, qui a dit : « Compte tenu des événements malheureux… » ?` with the speaker
 * among other speakers of the story (`pool`, most quoted first) of the same kind: people among
 * people, organisations among organisations, since the only person among three companies is
 * picked without reading. Wrong choices are never named in the evidence, nor is their
 * organisation named in the quote (`« Parler n'a pas fait ce qu'elle devait »` cannot be the
 * patron of Parler's). A quote naming its speaker, the speaker's other names (`AWS` for Amazon)
 * or the organisation a person speaks for (`« nous redéveloppons Parler »`, said by Parler's
 * head) gives the answer away: it goes to `dropped`, with the reason, for the report. `articles`
 * is the number of articles of the story, to name the article when its headline and first words
 * both name the speaker.
 */
export function askWhoSaid(
	speech: AttributedSpeech[],
	byId: Map<string, CleanArticle>,
	pool: SpeakerEntity[],
	names: Map<string, SpeakerNames>,
	articles = 1,
	dropped: GiveAway[] = []
): Candidate[] {
	const out: Candidate[] = [];
	const perSpeaker = new Map<string, number>();
	const namesOf = (id: string) => names.get(id) ?? { own: [], orgs: [] };
	// Quotes found through a pronoun or a role first: they teach the most.
	const ordered = [...speech].sort((a, b) => Number(a.how === 'named') - Number(b.how === 'named'));
	for (const s of ordered) {
		if (!s.quote || (perSpeaker.get(s.who.id) ?? 0) >= MAX_PER_SPEAKER) continue;
		const article = byId.get(s.article)!;
		const words = quotedWords(s, article);
		if (!showableQuote(words)) continue;
		const asks = `who-said:${s.article}:${s.quote.start}`;
		const drop = (reason: string) => dropped.push({ asks, reason: `giveaway: ${reason}` });
		const self = namesOf(s.who.id);
		const selfNamed = namedIn(words, self.own);
		if (selfNamed) {
			drop(`the quote names its speaker (“${selfNamed}”)`);
			continue;
		}
		const orgNamed = namedIn(words, self.orgs);
		if (orgNamed) {
			drop(`the quote names the organisation ${s.who.name} speaks for (“${orgNamed}”)`);
			continue;
		}
		const evidence = speechSpans(s).map((sp) => evidenceOf(article, sp.start, sp.end));
		const shown = evidence.map((e) => e.quote).join(' ');
		// Wrong choices are other speakers of the story only: never a group, a university or a
		// historical figure the articles name but do not quote; none the passage rules out.
		const others = pool.filter(
			(p) => p.id !== s.who.id && !namedIn(shown, [p.name, ...namesOf(p.id).own])
		);
		// `« Amazon, Google et Apple ont fait cela… »`: the quote speaks of the others.
		const fair = others.filter((p) => !namedIn(words, namesOf(p.id).orgs));
		const wrong = fair
			.filter((p) => p.kind === s.who.kind)
			.slice(0, 3)
			.map((p) => p.name);
		if (wrong.length < 2) {
			const inQuote = pool.filter(
				(p) =>
					p.id !== s.who.id && namedIn(words, [p.name, ...namesOf(p.id).own, ...namesOf(p.id).orgs])
			);
			if (fair.length >= 2) drop(`${s.who.name} would be the only ${s.who.kind} among the choices`);
			else if (inQuote.length > 0)
				drop(`the quote names the other speakers (${inQuote.map((p) => p.name).join(', ')})`);
			continue;
		}
		const prompt = frenchTypography(
			`${whereSaid(article, s.who, self, articles)}, qui a dit : ${guillemets(words)} ?`
		);
		const why = howWeKnow(s, article);
		perSpeaker.set(s.who.id, (perSpeaker.get(s.who.id) ?? 0) + 1);
		out.push({
			score: s.how === 'named' ? 6 : 8,
			// The sentence naming the speaker too: a question on it beside this one would be answered here.
			passage: speechSpans(s)
				.map((sp) => `${s.article}#${article.sentences.findIndex((x) => x.end > sp.start)}`)
				.join(','),
			asks,
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

/**
 * `Dans l’article intitulé « … »`, else (the headline names the speaker) `Dans l’article qui
 * commence par « … »`, else (so do its first words) `Dans l’un des cinq articles`: the quote
 * itself then says which.
 */
function whereSaid(
	article: CleanArticle,
	who: SpeakerEntity,
	names: SpeakerNames,
	articles: number
): string {
	const all = [who.name, ...names.own];
	for (const ref of [articleRef(article), articleRef(article, false)])
		if (!namedIn(ref.fr, all)) return `Dans ${ref.fr}`;
	// `l’article « …coupe les ponts avec le réseau conservateur Parler »`: the headline's words
	// after the names.
	const without = nameArticleWithout(article, all);
	if (!namedIn(without, all)) return `Dans ${without}`;
	return articles > 1 ? `Dans l’un des ${countWord(articles)} articles` : 'Dans l’article';
}
