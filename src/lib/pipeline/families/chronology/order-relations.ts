import type { Facts } from '../../facts/extract-facts';
import { sentencesOf, type SentenceText } from '../../extract/sentences';
import { capitalize } from '../../generate/typography';
import type { CleanArticle, Span } from '../../types';
import { cleanEvent } from './clean-event';
import { infinitiveOrder } from './infinitive-order';

/** One side of an order: a clause (`Google a retiré l'appli`) or a noun phrase (`l'assaut du Capitole`). */
export interface OrderSide {
	text: string;
	phrase: boolean;
}

/** Two events an article orders in words: `earlier` happened before `later`. */
export interface OrderRelation {
	article: string;
	earlier: OrderSide;
	later: OrderSide;
	/** The words that order them, as written: `Avant`, `Le lendemain`, `suite à`. */
	marker: string;
	/**
	 * `time` for words that only date (`Avant`, `Le lendemain`, `Après Google et Apple`); `cause`
	 * for words that give a reason as much as an order (`suite à`, `après avoir trouvé`), whose
	 * order a learner could guess from the events alone.
	 */
	kind: 'time' | 'cause';
	/** The words an explanation quotes, exactly as written: `Après Google et Apple`, `Avant`. */
	clue: string;
	/** A pluperfect that backs the order up: `avaient exclu`. */
	pluperfect?: string;
	spans: Span[];
}

/** `Avant X, Y`, `Suite à X, Y`: X is a noun phrase opening with an article. */
const OPENING =
	/^(?:(?:Toutefois|Mais|Puis|Ainsi|Or),\s)?([Aa]vant|[Aa]près|[Ss]uite à|[ÀàA] la suite de|[Aa]u lendemain de)\s((?:la|le|les|l['’]|du|des)\s?[^,]{3,80}),\s([^]+?)\.?$/u;

/** `Après Google et Apple, Amazon coupe les ponts…`: Y did what the names did, after them. */
const AFTER_NAMES =
	/^(Après|Avant)\s(\p{Lu}[\p{L}-]+(?:(?:,\s|\set\s)\p{Lu}[\p{L}-]+)*),\s(\p{Lu}[^]+?)\.?$/u;

/** `Y suite à X.`, `Y après la décision de Twitter.`: X closes the sentence. */
const CLOSING =
	/^([^]{20,200}?)\s(suite à|après|à la suite de)\s((?:la|le|les|l['’])\s?[^,;:]{3,100})\.?$/u;

/** `Le lendemain, Y`, `Précédemment, Y`: Y is ordered against the sentence before. */
const LINKING =
	/^(Le lendemain|La veille|Précédemment|Auparavant|Peu de temps auparavant|Plus tôt(?: dans la (?:journée|semaine))?|Par la suite|Ensuite|(?:Quelques|Deux|Trois|Quatre|Cinq|Dix|\d+)\s(?:heures|jours|semaines|mois|ans)\splus tard),\s([^]+?)\.?$/u;
const BEFORE_PREVIOUS = /^(?:Précédemment|Auparavant|Peu de temps auparavant|La veille|Plus tôt)/u;

/** Words that give a reason as well as an order: `suite à l'assaut`, `à la suite de la plainte`. */
const CAUSE_MARKER = /^(?:suite à|à la suite de)/iu;

/**
 * What one learns or undergoes, a reason for what one does next: `après avoir trouvé des
 * publications violentes`, `après avoir échoué`, `après avoir été accusé`. `Après avoir commémoré
 * l'appel, le président a traversé la Manche` is a sequence, not a reason.
 */
const REASON =
	/(?<!\p{L})(?:a|ont)\s(?:été\s\p{Ll}+|trouvé|découvert|constaté|observé|appris|reçu|échoué|perdu|gagné|remporté|subi|vu|entendu|lu|essuyé|obtenu)(?!\p{L})/u;

/** The kind of an order's words (see `OrderRelation.kind`). */
function kindOf(marker: string, earlier: string): OrderRelation['kind'] {
	if (CAUSE_MARKER.test(marker)) return 'cause';
	return /^après (?:avoir|être)$/iu.test(marker) && REASON.test(earlier) ? 'cause' : 'time';
}

/** A past tense, so the sentence before tells an event: `a rendu`, `avait exclu`, `ont passé`. */
const PAST =
	/(?<!\p{L})(?:a|ont|avait|avaient|est|sont|était|étaient)\s(?:\p{Ll}+\s)?\p{Ll}+(?:é|ée|és|ées|i|is|u|us|t)(?!\p{L})/u;

/** A pluperfect: `avaient exclu`, `avait été suspendu`, `avaient également exclu`. */
const PLUPERFECT =
	/(?<!\p{L})(?:avait|avaient|était|étaient)\s(?:(?:\p{Ll}+ment|déjà|aussi|encore|pourtant|alors)\s)?(?:été\s)?\p{Ll}+(?:é|ée|és|ées|i|is|u|us|t)(?<!ment|tout|aussi|ainsi|ici|parmi|tôt)(?!\p{L})/u;

/** A noun phrase too vague to be an event by itself: `les événements de mercredi`, `cet incident`. */
const VAGUE =
	/^(?:les?|la|l['’]|du|des)\s?(?:événements?|évènements?|faits?|incidents?|choses?|affaire|situation|épisode)(?!\p{L})|(?<!\p{L})(?:ce|cet|cette|ces|cela|ceci|son|sa|ses|leur|leurs)\s|\d{4}|[«»"“”]/iu;

/**
 * What an event noun looks like: `décision`, `assaut`, `inondations`, `victoire`, `arrivée`. `après
 * les Etats-Unis` ranks a country, it does not date anything.
 */
const EVENT_NOUN =
	/(?<!\p{L})\p{Ll}+(?:tions?|sions?|ments?|ures?|ages?|ées?|aques?|auts?|oires?|orts?|ences?|ances?|ises?|ats?|ès|èges?|otes?|utes?|ises?|ites?|ards?|ours?|uerres?|ches?)(?!\p{L})/u;

/**
 * Orders the text states in words, sentence by sentence: `Avant la décision du tribunal, les
 * avocats ont déposé un recours`; `Après Lyon et Lille, Paris interdit les trottinettes` (Paris
 * did it after the cities named); `Les supporters ont envahi la pelouse suite à la victoire du
 * club`; `Le lendemain, le maire a démissionné.` (after the sentence before); `Précédemment, le
 * président avait critiqué ses choix` (before it). Each side is made readable alone (see
 * `cleanEvent`; `le géant internet` takes the one company named in the sentence before it, read
 * from `facts`); a side that cannot be (`après les événements de mercredi`, `Il a…`, `Suite à
 * cet incident` opening an article) drops the relation.
 */
export function orderRelations(article: CleanArticle, facts?: Facts): OrderRelation[] {
	const sentences = sentencesOf(article).filter((s) => !s.heading);
	const out: OrderRelation[] = [];
	sentences.forEach((s, k) => {
		const before = article.text.slice(0, s.start);
		const span = { start: s.start, end: s.end };
		const own = ownOrder(s, before);
		if (own) {
			out.push({
				article: article.id,
				...own,
				kind: kindOf(own.marker, own.earlier.text),
				clue: own.clue ?? own.marker,
				spans: [span]
			});
			return;
		}
		const prev = sentences[k - 1];
		const back = prev && backReference(s, prev, article);
		if (back) {
			out.push({
				article: article.id,
				...back,
				kind: kindOf(back.marker, back.earlier.text),
				clue: back.marker,
				spans: [{ start: prev.start, end: prev.end }, span]
			});
			return;
		}
		const link = LINKING.exec(s.text);
		if (!link || !prev) return;
		const [, marker, rest] = link as unknown as [string, string, string];
		const x = cleanEvent(
			mainClause(prev),
			article.text.slice(0, prev.start),
			onlyCompany(facts, article.id, k > 1 ? sentences[k - 2]!.index : -1)
		);
		const y = cleanEvent(rest, before);
		if (!x || !y || !PAST.test(mainClause(prev))) return;
		const earlierFirst = BEFORE_PREVIOUS.test(marker);
		// Read in the sentence as written, adverbs and all (`avaient également exclu`): it is quoted.
		const pluperfect = PLUPERFECT.exec(earlierFirst ? rest : mainClause(prev))?.[0];
		out.push({
			article: article.id,
			earlier: { text: earlierFirst ? y : x, phrase: false },
			later: { text: earlierFirst ? x : y, phrase: false },
			marker,
			kind: 'time',
			clue: marker,
			...(pluperfect ? { pluperfect } : {}),
			spans: [{ start: prev.start, end: prev.end }, span]
		});
	});
	return out;
}

/**
 * `Suite à cet incident majeur, ayant entraîné…, Y`: an event word after a demonstrative, which
 * points back.
 */
const BACK =
	/^([Ss]uite à|[ÀàA] la suite de|[Aa]près|[Aa]u lendemain de|[Aa]vant)\s((?:ce|cet|cette|ces)\s(\p{Ll}+)(?:\s\p{Ll}+)?)(?:,\s(?:ayant|qui|dont)\s[^,]+)?,\s([^]+?)\.?$/u;

/** Nouns that name an event by themselves, for `cet incident`, `ce drame`, `ces violences`. */
const EVENT_WORD =
	/^(?:incidents?|drames?|événements?|évènements?|attaques?|attentats?|assauts?|accidents?|violences|émeutes|manifestations?|décisions?|annonces?|scrutins?|votes?|explosions?|fusillades?|incendies?|catastrophes?)$/u;

/**
 * `Le 6 janvier, des manifestants ont pris d'assaut le Capitole. Suite à cet incident majeur,
 * les géants de la technologie ont pris des mesures.`: the demonstrative names the event of the
 * sentence before, so the order runs between the two sentences. The marker is the whole phrase
 * (`Suite à cet incident majeur`), which the explanation quotes.
 */
function backReference(
	s: SentenceText,
	prev: SentenceText,
	article: CleanArticle
): Pick<OrderRelation, 'earlier' | 'later' | 'marker'> | null {
	const m = BACK.exec(s.text);
	if (!m || !EVENT_WORD.test(m[3]!)) return null;
	const x = cleanEvent(mainClause(prev), article.text.slice(0, prev.start));
	const y = cleanEvent(m[4]!, article.text.slice(0, s.start));
	if (!x || !y) return null;
	const marker = `${m[1]} ${m[2]}`;
	const event = { text: y, phrase: false };
	const before = { text: x, phrase: false };
	return /^avant$/iu.test(m[1]!)
		? { earlier: event, later: before, marker }
		: { earlier: before, later: event, marker };
}

/** The order a sentence states by itself: `Avant X, Y`, `Y suite à X`, `Y après avoir fait X`. */
function ownOrder(
	s: SentenceText,
	before: string
): (Pick<OrderRelation, 'earlier' | 'later' | 'marker'> & { clue?: string }) | null {
	const inf = infinitiveOrder(s.text);
	if (inf) {
		const earlier = cleanEvent(inf.earlier, before);
		const later = cleanEvent(inf.later, before);
		if (!earlier || !later) return null;
		return {
			earlier: { text: earlier, phrase: false },
			later: { text: later, phrase: false },
			marker: inf.marker
		};
	}
	const names = AFTER_NAMES.exec(s.text);
	if (names) {
		// The clause must start with a name too: `Après Lyon, Paris interdit…`, not `Après Noël, il…`.
		const y = cleanEvent(names[3]!, before);
		if (!y || !/^\p{Lu}[\p{L}-]+\s\p{Ll}/u.test(y)) return null;
		const them = { text: names[2]!, phrase: true };
		const event = { text: y, phrase: false };
		// The names are part of the clue: `Après Google et Apple, Amazon` says who came first.
		const clue = `${names[1]} ${names[2]}, ${/^\p{Lu}[\p{L}-]+/u.exec(names[3]!)![0]}`;
		return names[1] === 'Avant'
			? { earlier: event, later: them, marker: names[1], clue }
			: { earlier: them, later: event, marker: names[1]!, clue };
	}
	const open = OPENING.exec(s.text);
	const close = open ? null : CLOSING.exec(s.text);
	if (!open && !close) return null;
	const [marker, np, clause] = open
		? [open[1]!, open[2]!, open[3]!]
		: [close![2]!, close![3]!, close![1]!];
	const x = cleanPhrase(np);
	const y = cleanEvent(clause, before);
	if (!x || !y) return null;
	const phrase = { text: x, phrase: true };
	const event = { text: y, phrase: false };
	const clue = `${marker} ${headOf(np)}`;
	return /^avant$/iu.test(marker)
		? { earlier: event, later: phrase, marker, clue }
		: { earlier: phrase, later: event, marker, clue };
}

/**
 * The head of a phrase as written, for a clue: up to its first name (`la décision d’AWS de
 * supprimer Parler` → `la décision d’AWS`), else its first three words, up to a noun (`la victoire du club`).
 */
function headOf(np: string): string {
	const words = np.split(/\s+/u);
	const name = words.findIndex((w) => /\p{Lu}/u.test(w));
	let n = name >= 0 && name < 5 ? name + 1 : 3;
	// Not ending on `du`, `de la`: `la victoire du club`, not `la victoire du`.
	while (n < words.length && /^(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux)$/iu.test(words[n - 1]!))
		n++;
	return words
		.slice(0, n)
		.join(' ')
		.replace(/[,.;:]$/u, '');
}

/** The one organisation a sentence names, which a description in the next one stands for. */
function onlyCompany(
	facts: Facts | undefined,
	article: string,
	sentence: number
): string | undefined {
	const orgs = new Set(
		(facts?.byArticle.get(article)?.named ?? [])
			.filter((n) => n.m.sentence === sentence && n.e.confident && n.e.type === 'organisation')
			.map((n) => n.e.name)
	);
	return orgs.size === 1 ? [...orgs][0] : undefined;
}

/** The clause a sentence tells its event in, without its own order words. */
function mainClause(s: SentenceText): string {
	const open = OPENING.exec(s.text);
	if (open) return open[3]!;
	const close = CLOSING.exec(s.text);
	if (close) return close[1]!;
	return s.text.replace(/\.$/u, '');
}

/** `l'interruption des services, qui a anéanti…` → `L'interruption des services`; vague ones → null. */
function cleanPhrase(np: string): string | null {
	const t = np
		.replace(/\.$/u, '')
		.replace(/,?\s(?:qui|dont|que|qu['’])\s[^]*$/u, '')
		.trim();
	if (VAGUE.test(t) || t.split(/\s+/u).length > 14) return null;
	// The phrase must name an event, in its first words: `la décision de…`, `les graves inondations`.
	if (!EVENT_NOUN.test(t.split(/\s+/u).slice(0, 4).join(' '))) return null;
	return capitalize(t);
}
