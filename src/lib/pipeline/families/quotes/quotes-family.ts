import { frenchTypography } from '../../generate/typography';
import { extractQuotes } from '../../extract/extract-quotes';
import type { SpeakerEntity } from '../../refine/resolve-speakers';
import type { Family } from '../family';
import { runFamily } from '../run-family';
import { askDirectOrParaphrase } from './ask-direct-or-paraphrase';
import { askMatchQuotes } from './ask-match-quotes';
import { askWhoSaid, type GiveAway } from './ask-who-said';
import { attributedSpeech } from './attributed';
import { speakerNames } from './speaker-names';

/**
 * « Qui a dit quoi ? »: per story group, who said a quotation, quotations matched to their
 * speakers, direct quotation or paraphrase.
 */
export const quotesFamily: Family = (input) => {
	// Give-aways left out, by story group, listed in the report under the group's line.
	const giveAways = new Map<string, GiveAway[]>();
	const out = runFamily(
		'Qui a dit quoi ? (quotes)',
		input,
		(group) => {
			const speech = attributedSpeech(group, input.facts);
			const reported = group.flatMap((a) => extractQuotes(a));
			const names = speakerNames(speech, input.facts, input.byId);
			const dropped: GiveAway[] = [];
			giveAways.set(group.map((a) => a.id).join(', '), dropped);
			const whoSaid = askWhoSaid(
				speech,
				input.byId,
				speakerPool(speech),
				names,
				group.length,
				dropped
			);
			const taken = new Set(whoSaid.flatMap((c) => c.passage.split(',')));
			return [
				...whoSaid,
				...askMatchQuotes(speech, input.byId, names),
				...askDirectOrParaphrase(speech, input.byId, reported, taken)
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
	return { ...out, report: withGiveAways(out.report, giveAways) };
};

/** The report with each group's give-aways listed under its line (`- ids: … generated…`). */
function withGiveAways(report: string[], giveAways: Map<string, GiveAway[]>): string[] {
	return report.flatMap((line) => {
		const ids = /^- (.+?): \d+ generated/u.exec(line)?.[1];
		const dropped = (ids && giveAways.get(ids)) || [];
		return [line, ...dropped.map((d) => `  - left out ${d.asks}: ${d.reason}`)];
	});
}

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
