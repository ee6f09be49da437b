import { baseFields, evidenceOf, type Candidate } from '../../generate/candidate';
import { stableShuffle } from '../../generate/hash';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { AttributedSpeech } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';
import { quotedWords, showableQuote, speechSpans } from './attributed';
import { WHO_SPEAKS } from './explain';
import { namedIn, type SpeakerNames } from './speaker-names';
import { wordCount } from '../../word-count';

/** Quotes a matching question shows: enough to need thought, few enough to read. */
const MIN_PAIRS = 3;
const MAX_PAIRS = 4;
/** Longest quote a matching question shows: a sentence or two, read side by side. */
const MAX_WORDS = 35;

/**
 * `Associez chaque citation à la personne ou à l’organisation qui l’a prononcée.` Three or four
 * quotations of different speakers of the story (shortest first per speaker, at most 35 words),
 * the speakers shuffled. None when the story has fewer than three quoted speakers. A quote naming
 * its own speaker or the organisation a person speaks for (`« nous redéveloppons Parler »`) would
 * match itself: it is left out.
 */
export function askMatchQuotes(
	speech: AttributedSpeech[],
	byId: Map<string, CleanArticle>,
	names: Map<string, SpeakerNames> = new Map()
): Candidate[] {
	const best = new Map<string, { s: AttributedSpeech; words: string }>();
	for (const s of speech) {
		if (!s.quote) continue;
		const words = quotedWords(s, byId.get(s.article)!);
		if (!showableQuote(words) || wordCount(words) > MAX_WORDS) continue;
		const self = names.get(s.who.id);
		if (self && namedIn(words, [s.who.name, ...self.own, ...self.orgs])) continue;
		const held = best.get(s.who.id);
		if (!held || words.length < held.words.length) best.set(s.who.id, { s, words });
	}
	const chosen = stableShuffle([...best.values()], (b) => b.words, 'match').slice(0, MAX_PAIRS);
	if (chosen.length < MIN_PAIRS) return [];
	chosen.sort((a, b) => a.s.article.localeCompare(b.s.article) || a.s.start - b.s.start);
	const left = chosen.map((c, i) => ({
		id: String(i + 1),
		text: frenchTypography(guillemets(c.words))
	}));
	const speakers = stableShuffle(chosen, (c) => c.s.who.name, 'speakers');
	const right = speakers.map((c, i) => ({ id: String.fromCharCode(97 + i), text: c.s.who.name }));
	const pairs = chosen.map((c, i) => ({
		left: String(i + 1),
		right: right[speakers.indexOf(c)]!.id
	}));
	const evidence = chosen.flatMap((c) =>
		speechSpans(c.s).map((sp) => evidenceOf(byId.get(c.s.article)!, sp.start, sp.end))
	);
	const listFr = chosen.map((c) => `${guillemets(shorten(c.words))} : ${c.s.who.name}`).join(' ; ');
	const listEn = chosen.map((c) => `“${shorten(c.words)}”: ${c.s.who.name}`).join('; ');
	return [
		{
			// Picked after the `qui a dit` questions it would give away, when its quotes are still free.
			score: 2,
			// Every passage it shows: no `qui a dit` on the same quotes beside it in the set.
			passage: chosen.map((c) => `${c.s.article}#${c.s.first}`).join(','),
			asks: `match-quotes:${chosen.map((c) => `${c.s.article}:${c.s.quote!.start}`).join(',')}`,
			supports: chosen.map((c) => c.s.mention.text),
			contradicts: [],
			question: {
				...baseFields(
					'matching',
					evidence,
					pairs.map((p) => `${p.left}${p.right}`).join(),
					frenchTypography(
						'Associez chaque citation à la personne ou à l’organisation qui l’a prononcée.'
					),
					{
						fr: frenchTypography(`${listFr}. ${WHO_SPEAKS.fr}`),
						en: `${listEn}. ${WHO_SPEAKS.en}`
					},
					'attribute-quotes',
					2
				),
				type: 'matching',
				left,
				right,
				pairs
			}
		}
	];
}

/** The first words of a quote, for the explanation. */
function shorten(words: string): string {
	const w = words.split(/\s+/u);
	return w.length > 8 ? `${w.slice(0, 8).join(' ')}…` : words;
}
