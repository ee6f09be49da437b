import type { Entity, Mention } from '../facts/types';
import type { SentenceText } from '../extract/sentences';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { excerptAround } from './excerpt';
import { gapIn, withPassage } from './gap';
import { passageFor } from './passage';
import { capitalize, frenchTypography, guillemets } from './typography';
import { containsWords } from '../validate/checks';
import { foldPlace, KNOWN_PLACES, knownPlace } from './gazetteer';
import { stableShuffle } from './hash';

/** A place as the article writes it, with its preposition: `en Suisse`, `à Berne`, `aux Etats-Unis`. */
export interface PlacePhrase {
	/** Offsets of the whole phrase (preposition included) in the article. */
	start: number;
	end: number;
	/** `en`, `au`, `aux` (a country or a region) or `à` (a city). */
	preposition: 'en' | 'au' | 'aux' | 'à';
	/** `Suisse` */
	name: string;
	entity: Entity;
}

/** `en Allemagne`, `À Paris`, `A Paris` (capital without its accent), `aux Etats-Unis`. */
const LOCATIVE = /(?:^|[\s(])(en|En|au|Au|aux|Aux|à|À|A)\s$/u;

/** What may follow a place: punctuation, or a word that starts a new phrase (`à Paris pour…`). */
const PLACE_END =
	/^(?:$|\s?[,.;:!?)(«"»]|\s(?:pour|avec|par|et|ou|où|depuis|dans|lors|le|la|les|l['’]|en|à|au|aux|de|du|des|d['’]|qui|que|qu['’]|contre|sans|après|avant|sur|mais|afin|entre|jusqu|vers|a|ont|est|sont|était|avait|avaient|ce|cette|ces|un|une|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|depuis|début|fin|il|elle|ils|elles|se|s['’]|on|près|selon|comme|pendant|durant|malgré|notamment|aussi|ainsi|grâce|parmi|face|depuis|cet|cette)(?![\p{L}]))/u;

/**
 * The places of a sentence introduced by a locative preposition. A country or a region (`en`,
 * `au`, `aux`) is never a person; after `à`, which also introduces people and firms (`une
 * interview accordée à Fox News`), and after `au` (`au Sénat`), only names the corpus reads as
 * places count. `de Pensacola` or `l'Italie` are not locative: left alone.
 */
export function placePhrases(s: SentenceText, named: { m: Mention; e: Entity }[]): PlacePhrase[] {
	const out: PlacePhrase[] = [];
	for (const { m, e } of named) {
		const lead = LOCATIVE.exec(s.text.slice(0, m.start - s.start));
		if (!lead || e.type === 'person' || (e.type === 'organisation' && e.confident)) continue;
		const raw = lead[1]!.toLocaleLowerCase('fr');
		const preposition = (raw === 'a' ? 'à' : raw) as PlacePhrase['preposition'];
		const known = knownPlace(m.text)?.preposition === preposition;
		if (preposition === 'à' && !(e.type === 'place' && e.confident) && !known) continue;
		if (
			(preposition === 'au' || preposition === 'aux') &&
			!(e.type === 'place' && e.confident) &&
			!known
		)
			continue;
		// `au Premier ministre`, `au Trésor américain`, `en Marche`: the name runs on, or is
		// qualified; a place stands before punctuation or a small word.
		if (!PLACE_END.test(s.text.slice(m.end - s.start))) continue;
		out.push({ start: m.start - 1 - raw.length, end: m.end, preposition, name: m.text, entity: e });
	}
	return out;
}

/**
 * Places of the same part of the world and kind that the article never names, when it names too
 * few of its own: `en Autriche`, `en Pologne` beside `en Allemagne`; `à Lyon` beside `à Nantes`.
 */
function knownNeighbours(p: PlacePhrase, articleText: string, count: number): PlacePhrase[] {
	const here = knownPlace(p.name);
	if (!here || count <= 0) return [];
	const text = foldPlace(articleText);
	const fits = KNOWN_PLACES.filter(
		(x) =>
			x.region === here.region &&
			(x.preposition === 'à') === (here.preposition === 'à') &&
			x.name !== here.name &&
			!containsWords(text, foldPlace(x.name))
	);
	return stableShuffle(fits, (x) => x.name, p.name + articleText.length)
		.slice(0, count)
		.map((x) => ({ ...p, preposition: x.preposition, name: asWritten(x.name, articleText) }));
}

/**
 * A name spelled as the article spells capitals: news agencies often drop the accent on a capital
 * (`Etats-Unis`, `Equateur`), and a wrong choice written `Égypte` beside it would stand out.
 */
function asWritten(name: string, articleText: string): string {
	const bareCapitals = /(?<![\p{L}])E(?:tat|gypte|urope|quateur|thiopie|mirats|lysée)/u.test(
		articleText
	);
	return bareCapitals ? name.replace(/[ÉÈÊ]/gu, 'E') : name;
}

/** `américain`, `chinoise`, `parisienne`, `européens`: a nationality or a city's people. */
export const NATIONALITY =
	/(?<![\p{L}])(?:améric|mexic|afric|marocain|dominic|chin|japon|français|anglais|écossais|irlandais|portugais|néerlandais|polonais|libanais|sénégalais|pakistanais|hongkongais|taïwanais|québécois|hongrois|suédois|danois|finlandais|allemand|normand|flamand|espagnol|mongol|britanniqu|belg|suiss|russ|turc|turqu|grec|grecqu|afghan|italien|brésilien|canadien|indien|iranien|irakien|syrien|israélien|palestinien|égyptien|algérien|tunisien|ivoirien|malien|nigérian|australien|autrichien|ukrainien|biélorusse|saoudien|coréen|vietnamien|colombien|vénézuélien|argentin|chilien|péruvien|européen|asiatiqu|parisien|londonien|berlinois|new-yorkais|lyonnais|marseillais|bavarois|catalan|wallon|helvétiqu)(?:ain|aine|ains|aines|ais|aise|aises|ois|oise|oises|e|es|s|ne|nes)?(?![\p{L}])/iu;

/**
 * Whether the words around a place gap give the place away: a nationality, another known place,
 * or another place phrase of the same sentence.
 */
function pointsToPlace(rest: string, otherPlaces: number): boolean {
	if (otherPlaces > 0 || NATIONALITY.test(rest)) return true;
	return [...rest.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}-]+/gu)].some(
		(m) => knownPlace(m[0]) !== undefined
	);
}

/** A city is not confused with a country: `à Paris` goes with `à Berne`, `en Suisse` with `au Yémen`. */
const city = (p: PlacePhrase) => p.preposition === 'à';

/**
 * Where it happened. `[…], la police a dispersé des manifestants près du siège du gouvernement à
 * Berne` with `En Suisse` among three other places of the article of the same kind (cities with
 * cities, countries and regions with countries and regions), each with its own preposition so
 * every choice reads as French in the gap.
 */
export function askPlaces({ article, sentences, mine }: GenerateContext): Candidate[] {
	const bySentence = new Map<number, { m: Mention; e: Entity }[]>();
	for (const n of mine.named)
		bySentence.set(n.m.sentence, [...(bySentence.get(n.m.sentence) ?? []), n]);
	const phrases = sentences.flatMap((s) =>
		placePhrases(
			s,
			(bySentence.get(s.index) ?? []).sort((a, b) => a.m.start - b.m.start)
		).map((p) => ({ p, s }))
	);
	// Every place of the article, once, as it is first written.
	const seen = new Map<string, PlacePhrase>();
	for (const { p } of phrases) if (!seen.has(p.entity.id)) seen.set(p.entity.id, p);
	const out: Candidate[] = [];
	const asked = new Set<string>();
	for (const { p, s } of phrases) {
		if (asked.has(p.entity.id)) continue;
		const passage = passageFor(sentences, s.index, article.text);
		if (!passage) continue;
		const right = article.text.slice(p.start, p.end);
		// Named twice in the passage, the place shows through its own gap.
		if (p.entity.aliases.some((a) => passage.text.split(a).length > 2)) continue;
		// `…à Berne`, `…pour Pékin que pour Washington`, `au Trésor américain`, `la région
		// parisienne`: another place or a nationality in the passage points to the answer.
		const rest =
			passage.text.slice(0, p.start - passage.start) + passage.text.slice(p.end - passage.start);
		if (pointsToPlace(rest, phrases.filter((x) => x.s.index === s.index && x.p !== p).length))
			continue;
		const atStart = p.start === s.start;
		const shape = (x: PlacePhrase) =>
			atStart ? capitalize(`${x.preposition} ${x.name}`) : `${x.preposition} ${x.name}`;
		const wrong = [...seen.values()]
			.filter(
				(x) =>
					x.entity.id !== p.entity.id &&
					city(x) === city(p) &&
					// `au Capitole` is no wrong choice for `aux Etats-Unis`: a country among countries.
					(knownPlace(p.name) === undefined || knownPlace(x.name) !== undefined) &&
					// `en France` is no wrong choice beside `en Ile-de-France`.
					!containsWords(x.name, p.name) &&
					!containsWords(p.name, x.name) &&
					!x.entity.aliases.some((a) => containsWords(passage.text, a))
			)
			.slice(0, 3)
			.map(shape);
		// The place the whole article is about (`à Hong Kong` named again and again) among places
		// the article never names is found without reading: only the article's own places then.
		const fill = p.entity.mentions.filter((m) => m.article === article.id).length < 3;
		if (fill) wrong.push(...knownNeighbours(p, article.text, 3 - wrong.length).map(shape));
		if (wrong.length < 3) continue;
		asked.add(p.entity.id);
		const gap = gapIn(passage, p.start, p.end);
		out.push({
			score: 6,
			passage: `${article.id}#${s.index}`,
			asks: `place:${article.id}:${s.index}:${p.entity.id}`,
			supports: [right],
			contradicts: wrong,
			question: {
				...baseFields(
					'single',
					[evidenceOf(article, passage.start, passage.end)],
					right,
					withPassage('D’après l’article, quel lieu manque dans ce passage ?', gap.shown),
					{
						fr: frenchTypography(
							`La réponse est ${guillemets(right)} : l’article écrit ${guillemets(excerptAround(passage, p.start, p.end))}.`
						),
						en: `The answer is “${right}”: the article writes “${excerptAround(passage, p.start, p.end)}”.`
					},
					'identify-actors',
					difficultyOf(1, passage.text)
				),
				type: 'single',
				choices: letteredChoices([right], wrong, right + s.text)
			}
		});
	}
	return out;
}
