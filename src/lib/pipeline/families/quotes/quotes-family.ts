import { frenchTypography } from '../../generate/typography';
import { extractQuotes } from '../../extract/extract-quotes';
import type { SpeakerEntity } from '../../refine/resolve-speakers';
import type { Family } from '../family';
import { runFamily } from '../run-family';
import { askDirectOrParaphrase } from './ask-direct-or-paraphrase';
import { askMatchQuotes } from './ask-match-quotes';
import { askWhoSaid } from './ask-who-said';
import { attributedSpeech } from './attributed';

/**
 * « Qui a dit quoi ? »: per story group, who said a quotation, quotations matched to their
 * speakers, direct quotation or paraphrase.
 */
export const quotesFamily: Family = (input) =>
	runFamily(
		'Qui a dit quoi ? (quotes)',
		input,
		(group) => {
			const speech = attributedSpeech(group, input.facts);
			const reported = group.flatMap((a) => extractQuotes(a));
			return [
				...askWhoSaid(speech, input.byId, speakerPool(speech)),
				...askMatchQuotes(speech, input.byId),
				...askDirectOrParaphrase(speech, input.byId, reported)
			];
		},
		(about) => ({
			kind: 'quotes',
			title: {
				fr: frenchTypography(`Qui a dit quoi ? ${about.fr}`),
				en: `Who said what? ${about.en}`
			},
			description: {
				fr: frenchTypography(
					`Retrouver qui parle dans ${about.articles > 1 ? `${about.articles} articles sur la même affaire` : 'un article'} : les citations et leurs auteurs, les mots exacts et les propos reformulés.`
				),
				en: `Find who is speaking in ${about.articles > 1 ? `${about.articles} articles on the same story` : 'one article'}: quotes and who said them, exact words and paraphrase.`
			},
			skill: 'attribute-quotes'
		})
	);

/**
 * Wrong choices for `qui a dit`: the story's other speakers, most quoted first. Only people and
 * organisations the articles quote: a name the story mentions without quoting it (a university,
 * `les GAFAM`, a scientist of the past) is no fair `qui a dit` choice.
 */
function speakerPool(speech: { who: SpeakerEntity }[]): SpeakerEntity[] {
	const pool = new Map<string, SpeakerEntity & { n: number }>();
	for (const s of speech) pool.set(s.who.id, { ...s.who, n: (pool.get(s.who.id)?.n ?? 0) + 1 });
	return [...pool.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
}
