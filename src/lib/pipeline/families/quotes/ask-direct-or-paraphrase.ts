import { baseFields, evidenceOf, type Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { AttributedSpeech } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';
import { articleRef } from '../article-ref';
import { standsAlone } from '../stands-alone';
import { apostropheQuoted, quotedWords, showableQuote } from './attributed';
import { deName } from './explain';

/** The two answers, as a French teacher words them. */
export const DIRECT = 'Citation directe : ses mots exacts, entre guillemets';
export const PARAPHRASE = 'Paraphrase : ses propos reformulés par le journaliste';

const SKILL = {
	fr: 'Les guillemets promettent les mots exacts de quelqu’un ; sans guillemets, ce sont les mots du journaliste, qui peut résumer ou nuancer ce qui a été dit.',
	en: 'Quotation marks promise someone’s exact words; without them, the words are the journalist’s, who may sum up or shade what was said.'
};

/**
 * Is this sentence a direct quotation or a paraphrase? Direct: one sentence holding only a
 * quotation and its incise (`« Nous allons… », a déclaré Matze.`). Paraphrase: a reported
 * statement without any quotation mark (`AWS a déclaré avoir trouvé 98 publications…`,
 * `Selon Google, …`). Sentences mixing the two (`Amazon dit avoir "observé…"`) are left out:
 * their answer is arguable.
 */
export function askDirectOrParaphrase(
	speech: AttributedSpeech[],
	byId: Map<string, CleanArticle>
): Candidate[] {
	const out: Candidate[] = [];
	for (const s of speech) {
		const article = byId.get(s.article)!;
		const text = article.text.slice(s.start, s.end);
		const words = text.split(/\s+/u).length;
		if (words < 8 || words > 60 || /\+\p{L}|\(\.\.\.\)/u.test(text)) continue;
		// `Il a ajouté que…`, `Ce qui n'a pas empêché…`: shown alone, the sentence points at nothing.
		if (!standsAlone(text)) continue;
		// `'Il est clair que…', précise-t-on`: straight apostrophes are no guillemets to point at.
		if (apostropheQuoted(s, article)) continue;
		let direct: boolean;
		if (s.form === 'direct' && s.first === s.last && showableQuote(quotedWords(s, article)))
			direct = true;
		else if (s.form === 'indirect') direct = false;
		else continue;
		const name = s.who.name;
		const verb = s.speaker.verb;
		const why = direct
			? {
					fr: `Les guillemets encadrent les mots exacts ${deName(name)}, et ${guillemets(verb)} dit qui parle : c’est une citation directe.`,
					en: `The quotation marks hold ${name}’s exact words, and “${verb}” says who is speaking: it is a direct quote.`
				}
			: {
					fr: `Aucun guillemet : le journaliste rapporte avec ses propres mots ce que dit ${name} (${guillemets(verb)}). C’est une paraphrase.`,
					en: `No quotation marks: the journalist reports in their own words what ${name} says (“${verb}”). It is a paraphrase.`
				};
		const ref = articleRef(article);
		out.push({
			score: 5,
			passage: `${s.article}#${s.first}`,
			asks: `direct-or-paraphrase:${s.article}:${s.first}`,
			supports: [article.text.slice(s.speaker.start, s.speaker.end)],
			contradicts: [],
			question: {
				...baseFields(
					'classification',
					[evidenceOf(article, s.start, s.end)],
					direct ? 'direct' : 'paraphrase',
					frenchTypography(
						`Dans ${ref.fr}, cette phrase donne-t-elle les mots exacts de quelqu’un, ou les reformule-t-elle ?`
					),
					{ fr: frenchTypography(`${why.fr} ${SKILL.fr}`), en: `${why.en} ${SKILL.en}` },
					'attribute-quotes',
					1
				),
				type: 'classification',
				text,
				choices: [
					{ id: 'a', text: frenchTypography(DIRECT), correct: direct },
					{ id: 'b', text: frenchTypography(PARAPHRASE), correct: !direct }
				]
			}
		});
	}
	return out;
}
