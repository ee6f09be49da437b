import { baseFields, evidenceOf, type Candidate } from '../../generate/candidate';
import { statesFact } from '../../generate/sentence-quality';
import { frenchTypography, guillemets } from '../../generate/typography';
import { isReportingVerb } from '../../extract/reporting-verbs';
import { articleRef } from '../article-ref';
import { standsAlone } from '../stands-alone';
import type { SourceFact } from '../../extract/extract-sources';
import { wellQuoted, WHERE_FROM, type SourcedSentence } from './source-facts';
import { wordCount } from '../../word-count';

export const SOURCED = 'Oui : elle dit d’où vient l’information';
export const UNSOURCED = 'Non : l’article l’affirme sans citer de source';

/** At most this many questions of each answer per story. */
const EACH = 6;

/**
 * `Dans l’article…, cette phrase indique-t-elle d’où vient l’information ?` Yes for a sentence
 * giving a source (`Selon Google, …`, `…publiée par BuzzFeed`); no for a plain statement of fact
 * whose sentence and neighbours in the paragraph name no source, quote nobody and use no
 * reporting verb (`Parler a été fondée en 2018…`), so the answer is not arguable.
 */
export function askHasSource(sentences: SourcedSentence[]): Candidate[] {
	// Questions are written only for the sentences picked: most candidates are never shown.
	const yes: (() => Candidate)[] = [];
	const no: (() => Candidate)[] = [];
	const reports = (s: SourcedSentence | undefined) =>
		!!s &&
		(s.sources.length > 0 ||
			/["«»“”]/u.test(s.sentence.text) ||
			s.sentence.text.split(/[\s,.;:]+/u).some((w) => isReportingVerb(w)));
	// The paragraphs holding a quotation, by article: read once, not for every sentence.
	const quoting = new Map<SourcedSentence['article'], Set<number>>();
	for (const o of sentences) {
		if (!/["«»“”]/u.test(o.sentence.text)) continue;
		const mine = quoting.get(o.article) ?? new Set<number>();
		mine.add(paragraphOf(o));
		quoting.set(o.article, mine);
	}
	sentences.forEach((s, i) => {
		const text = s.sentence.text;
		const words = wordCount(text);
		if (s.sentence.heading || words < 8 || words > 55 || !standsAlone(text)) return;
		// `…selon un bilan établi par l'AFP.` then `Les Etats-Unis sont le pays le plus touché…`:
		// a source just before (even in the paragraph before) may cover the sentence.
		const sameParagraph = (o: SourcedSentence | undefined) => o?.article === s.article;
		// `sur Twitter` says where words were posted, not who gives them: a channel alone is no
		// source (`a confirmé sur son profil` names its owner); nor is a marker cut short
		// (`selon le ministre … la`).
		const source = s.sources.find(
			(f) =>
				!/^(?:lui|elle|eux|elles)$/u.test(f.name ?? '') &&
				(f.source !== 'social-media' || /^sur (?:son|leur) /u.test(f.marker)) &&
				f.complete
		);
		let answer: boolean;
		if (source && s.sources.every((f) => f.complete) && wellQuoted(text)) answer = true;
		else if (
			s.sources.length === 0 &&
			statesFact(s.sentence) &&
			!reports(s) &&
			// A reportage quoting someone in the paragraph may owe this sentence to them too.
			!quoting.get(s.article)?.has(paragraphOf(s)) &&
			!(sameParagraph(sentences[i - 1]) && reports(sentences[i - 1])) &&
			!(sameParagraph(sentences[i + 1]) && reports(sentences[i + 1]))
		)
			answer = false;
		else return;
		(answer ? yes : no).push(() => question(s, answer, source));
	});
	// Spread over the story: every other candidate, so one article does not fill the set.
	const spread = (list: (() => Candidate)[]) =>
		list
			.filter((_, k) => k % Math.max(1, Math.floor(list.length / EACH)) === 0)
			.slice(0, EACH)
			.map((write) => write());
	// Sentences without a source teach something only beside sentences with one: a story that
	// names no source (`Tania ne peut pas rester seule…` in a reportage) gets no such question.
	return yes.length >= 2 ? [...spread(yes), ...spread(no)] : spread(yes);
}

/** The question on one sentence: `answer` says whether it gives a source, `source` which. */
function question(s: SourcedSentence, answer: boolean, source: SourceFact | undefined): Candidate {
	const text = s.sentence.text;
	// `Selon les géants technologiques`, `selon des experts`: a source, but one nobody can check.
	const vague = answer && source!.source === 'according-to' && vagueSource(source!.marker);
	const ref = articleRef(s.article);
	// `a confirmé sur son profil`: the profile is where, its owner (named in the sentence) is who.
	const channel = answer && source!.source === 'social-media';
	// `explique à l'AFP le musicien`: the outlet heard the words, the musician is the source.
	const outlet = answer && /^(?:told-to|interview)$/u.test(source!.source);
	const why = outlet
		? {
				fr: `Oui : la phrase nomme qui s’exprime, et ${guillemets(source!.marker)} dit à quel média ces propos ont été tenus.`,
				en: `Yes: the sentence names who is speaking, and “${source!.marker}” says which outlet heard the words.`
			}
		: channel
			? {
					fr: `Oui : la phrase nomme qui s’exprime, et ${guillemets(source!.marker)} dit où ces propos ont été publiés.`,
					en: `Yes: the sentence names who is speaking, and “${source!.marker}” says where the words were posted.`
				}
			: vague
				? {
						fr: `Oui, mais de façon imprécise : ${guillemets(source!.marker)} dit d’où vient l’information sans nommer qui exactement. Une source aussi vague se vérifie mal.`,
						en: `Yes, but vaguely: “${source!.marker}” says where the information comes from without naming who exactly. So vague a source is hard to check.`
					}
				: answer
					? {
							fr: `Oui : ${guillemets(source!.marker)} dit d’où vient l’information.`,
							en: `Yes: “${source!.marker}” says where the information comes from.`
						}
					: {
							fr: 'Non : ni « selon », ni citation, ni média nommé. C’est l’article lui-même qui l’affirme.',
							en: 'No: no “selon” (according to), no quote, no outlet named. The article states it on its own.'
						};
	return {
		score: answer ? 5 : 4,
		passage: `${s.article.id}#${s.sentence.index}`,
		asks: `has-source:${s.article.id}:${s.sentence.index}`,
		// The sentence's opening words: in the evidence, and they tell two sentences of one article apart.
		supports: [answer ? source!.marker : text.split(/\s+/u).slice(0, 5).join(' ')],
		contradicts: [],
		question: {
			...baseFields(
				'classification',
				[evidenceOf(s.article, s.sentence.start, s.sentence.end)],
				answer ? 'sourced' : 'unsourced',
				frenchTypography(`Dans ${ref.fr}, cette phrase indique-t-elle d’où vient l’information ?`),
				{ fr: frenchTypography(`${why.fr} ${WHERE_FROM.fr}`), en: `${why.en} ${WHERE_FROM.en}` },
				'identify-sources',
				1
			),
			type: 'classification',
			text,
			choices: [
				{ id: 'a', text: frenchTypography(SOURCED), correct: answer },
				{ id: 'b', text: frenchTypography(UNSOURCED), correct: !answer }
			]
		}
	};
}

/** The paragraph a sentence belongs to. */
function paragraphOf(s: SourcedSentence): number {
	return s.article.sentences[s.sentence.index]!.paragraph;
}

/**
 * `selon des experts`, `selon une source judiciaire`, `selon la presse britannique`: a source
 * nobody can look up. `selon la police`, `selon le centre indépendant Levada`, `selon l'experte
 * Tatiana Stanovaïa` name one.
 */
function vagueSource(marker: string): boolean {
	const words = marker.split(/\s+/u).slice(1).join(' ');
	if (/\p{Lu}/u.test(words)) return false;
	return /^(?:des|les|un|une|certains|certaines|plusieurs|de nombreux|de nombreuses|d['’]autres)\s|(?<![\p{L}])(?:sources?|presse|médias|experts|observateurs|proches|témoins|spécialistes|analystes|géants)(?![\p{L}])/iu.test(
		words
	);
}
