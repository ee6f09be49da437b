import { baseFields, evidenceOf, type Candidate } from '../../generate/candidate';
import { statesFact } from '../../generate/sentence-quality';
import { frenchTypography, guillemets } from '../../generate/typography';
import { quoteMarks } from '../../extract/quote-marks';
import { sentencesOf, type SentenceText } from '../../extract/sentences';
import {
	statementKind,
	type StatementClass,
	type StatementKind
} from '../../extract/statement-kind';
import type { CleanArticle } from '../../types';
import { articleRef } from '../article-ref';
import { standsAlone } from '../stands-alone';
import { wordCount } from '../../word-count';

/** The four categories, as the learner sees them. */
export const CATEGORIES: { kind: StatementKind; fr: string }[] = [
	{ kind: 'fact', fr: 'Fait rapporté' },
	// Not `(citation)`: `Selon Google, …` and `a déclaré que…` report words without quoting them.
	{ kind: 'reported', fr: 'Propos rapportés' },
	{ kind: 'opinion', fr: 'Opinion de l’auteur' },
	{ kind: 'speculation', fr: 'Hypothèse ou prédiction' }
];

/**
 * `Chez Parler, on estime que l'exclusion … sera temporaire.`: reported words whose content is
 * itself a forecast (future or conditional after `que`) fit two categories: left out.
 */
const REPORTED_FORECAST =
	/\bqu(?:e\s|['’])[^.;:]*?\b(?:sera|seront|serait|seraient|aura|auront|aurait|auraient|fera|feront|ferait|feraient|pourra|pourront|pourrait|pourraient|devra|devront|devrait|devraient|ira|iront|irait|iraient|va|vont|\p{L}{2,}(?:eront|erait|eraient|iront|irait|iraient))\b/u;

/**
 * `La fermeture des canaux a conduit M. Trump à se tourner vers…`: a cause no one is credited
 * with is the author's reading of events, not a plain fact: left out of `Fait rapporté`.
 */
const UNATTRIBUTED_CAUSE =
	/\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:conduit|poussé|amené|incité|contraint|forcé|permis|entraîné|provoqué)\b/u;

/**
 * A reporting verb that introduces words: with `que`, `avoir`, `être` (`a déclaré que`, `dit
 * avoir`), an auxiliary (`a déploré le patron`), or inverted (`précise-t-on`, `affirme-t-il`).
 */
const INTRODUCES =
	/(?:\s(?:que|qu['’]\p{L}*|avoir|être)$|^(?:a|ont|avait|avaient|aurait|est|sont)\s|-t-|-(?:il|elle|ils|elles|on)$)/u;

/** `Selon Google`, `D'après le ministre`, `en affirmant que`: the source named, or a gerund that reports. */
const NAMES_SOURCE =
	/^(?:[Ss]elon|[Dd]['’]après)\s|^(?:disant|affirmant|expliquant|estimant|assurant|déclarant|indiquant|soulignant|précisant)\s/u;

/**
 * Whether a reporting marker does that job in its sentence, so an explanation may quote it: `a
 * déclaré que`, `Selon Google`, a verb right after a quotation (`», déplore le maire`). In `pour
 * lancer des appels à la violence`, `lancer` matches a word list but reports nothing: its
 * subject is not the source.
 */
function reportsHere(marker: string, sentence: string): boolean {
	if (NAMES_SOURCE.test(marker) || INTRODUCES.test(marker)) return true;
	// `« Nous reviendrons », déplore le maire`: the verb of an incise, right after the quotation.
	const at = sentence.indexOf(marker);
	return at > 0 && /["»”]\s*,\s*$/u.test(sentence.slice(0, at));
}

/** At most this many sentences of each kind per story, so a set mixes them. */
const EACH = 3;

const SKILL = {
	fr: 'Un fait se vérifie, une opinion se discute, une hypothèse reste à confirmer : repérer les mots qui jugent, qui supposent ou qui citent aide à faire la différence.',
	en: 'A fact can be checked, an opinion can be argued, a guess remains to be confirmed: spotting the words that judge, suppose or quote helps tell them apart.'
};

/**
 * Classify a sentence as reported fact, reported words, the author's opinion, or hypothesis and
 * forecast, from its markers (`statementKind`). Only sentences whose markers settle the class;
 * a fact must also be a plain, self-contained statement (`statesFact`), and no sentence may sit
 * inside a quotation running over several sentences. The explanation names the markers.
 */
export function askFactOpinion(group: CleanArticle[]): Candidate[] {
	// Questions are written only for the sentences picked: most candidates are never shown.
	const byKind = new Map<StatementKind, (() => Candidate)[]>();
	for (const article of group) {
		const crossing = quoteCrossings(article);
		const sentences = sentencesOf(article);
		// Classified when first needed, once: most sentences fail a cheaper test first.
		const classes = new Map<number, StatementClass | null>();
		const classOf = (i: number) => {
			if (!classes.has(i)) classes.set(i, statementKind(sentences[i]!.text));
			return classes.get(i)!;
		};
		const kind = (i: number) => (sentences[i] ? (classOf(i)?.kind ?? null) : undefined);
		for (const s of sentences) {
			const words = wordCount(s.text);
			if (s.heading || words < 5 || words > 40 || crossing(s) || /\+\p{L}|\p{L}\+/u.test(s.text))
				continue;
			// `Il était radicalisé…`, `Ce qui n'a pas empêché…`: shown alone, it points at nothing.
			if (!standsAlone(s.text)) continue;
			const found = classOf(s.index);
			if (!found || (found.kind === 'fact' && !statesFact(s))) continue;
			if (found.kind === 'reported' && REPORTED_FORECAST.test(s.text)) continue;
			// Reported words need a marker that reports here, or quotation marks, to explain.
			if (
				found.kind === 'reported' &&
				!found.markers.some((m) => m === '« … »' || reportsHere(m, s.text))
			)
				continue;
			if (found.kind === 'fact' && UNATTRIBUTED_CAUSE.test(s.text)) continue;
			// Between two reported sentences, a sentence may carry the same person's words unmarked.
			if (
				found.kind !== 'reported' &&
				// The quotation marks first: a neighbour's class is read only when they do not settle it.
				(/["«»“”]/u.test(sentences[s.index - 1]?.text ?? '') || kind(s.index - 1) === 'reported') &&
				(/["«»“”]/u.test(sentences[s.index + 1]?.text ?? '') || kind(s.index + 1) === 'reported')
			)
				continue;
			const list = byKind.get(found.kind) ?? [];
			list.push(() => question(article, s, found));
			byKind.set(found.kind, list);
		}
	}
	// Spread each kind over the story: evenly spaced picks rather than the first ones.
	return CATEGORIES.flatMap(({ kind }) => {
		const list = byKind.get(kind) ?? [];
		const step = Math.max(1, Math.floor(list.length / EACH));
		return list
			.filter((_, k) => k % step === 0)
			.slice(0, EACH)
			.map((write) => write());
	});
}

function question(article: CleanArticle, s: SentenceText, found: StatementClass): Candidate {
	// Only markers that do their job in the sentence: `lancer` in `pour lancer des appels` does not.
	const shown = found.markers.filter(
		(m) => m !== '?' && m !== '« … »' && (found.kind !== 'reported' || reportsHere(m, s.text))
	);
	const list = shown.map((m) => guillemets(m)).join(', ');
	const listEn = shown.map((m) => `“${m}”`).join(', ');
	// `« Nous allons… », a déclaré X` quotes a whole statement; `Amazon dit avoir "observé…"` a part.
	const opensQuoted = /^\s*["«“']/u.test(s.text);
	const why: Record<StatementKind, { fr: string; en: string }> = {
		fact: {
			fr: `Fait rapporté : la phrase dit ce qui s’est passé (${list}), sans mot qui juge, sans conditionnel, sans citer personne.`,
			en: `Reported fact: the sentence says what happened (${listEn}), with no judging word, no conditional, nobody quoted.`
		},
		reported: found.markers.includes('« … »')
			? {
					fr: `Propos rapportés : ${list ? `les guillemets et ${list} montrent` : 'les guillemets montrent'} que ce sont les mots de quelqu’un d’autre que le journaliste, ${opensQuoted ? 'cités tels quels (discours direct)' : 'cités en partie entre guillemets dans une phrase du journaliste (citation partielle)'}.`,
					en: `Reported words: ${listEn ? `the quotation marks and ${listEn} show` : 'the quotation marks show'} these are someone else’s words, ${opensQuoted ? 'quoted as they were said (direct speech)' : 'partly quoted inside the journalist’s sentence (partial quote)'}.`
				}
			: {
					fr: `Propos rapportés : ${list} ${shown.length > 1 ? 'montrent' : 'montre'} que ce sont les propos ou l’avis de quelqu’un d’autre, que le journaliste reformule sans guillemets (discours indirect).`,
					en: `Reported words: ${listEn} ${shown.length > 1 ? 'show' : 'shows'} these are someone else’s words or view, which the journalist rephrases without quotation marks (indirect speech).`
				},
		opinion: {
			fr: `Opinion de l’auteur : ${list} ${shown.length > 1 ? 'montrent' : 'montre'} que l’auteur donne son avis ; personne d’autre n’est cité.`,
			en: `The author’s opinion: ${listEn} ${shown.length > 1 ? 'show' : 'shows'} the author giving their own view; nobody else is quoted.`
		},
		speculation: {
			fr: `Hypothèse ou prédiction : ${list} (conditionnel ou mot de doute) présente cela comme possible ou à venir, pas comme sûr.`,
			en: `Hypothesis or forecast: ${listEn} (conditional or word of doubt) presents it as possible or to come, not as certain.`
		}
	};
	const ref = articleRef(article);
	return {
		score: found.kind === 'fact' ? 4 : 6,
		passage: `${article.id}#${s.index}`,
		asks: `fact-opinion:${article.id}:${s.index}`,
		supports: shown
			.filter((m) => s.text.includes(m))
			.slice(0, 1)
			.concat(s.text.split(/\s+/u).slice(0, 4).join(' ')),
		contradicts: [],
		question: {
			...baseFields(
				'classification',
				[evidenceOf(article, s.start, s.end)],
				found.kind,
				frenchTypography(`Dans ${ref.fr}, que fait cette phrase ?`),
				{
					fr: frenchTypography(`${why[found.kind].fr} ${SKILL.fr}`),
					en: `${why[found.kind].en} ${SKILL.en}`
				},
				'fact-or-opinion',
				found.kind === 'fact' || found.kind === 'reported' ? 1 : 2
			),
			type: 'classification',
			text: s.text,
			choices: CATEGORIES.map((c, i) => ({
				id: String.fromCharCode(97 + i),
				text: frenchTypography(c.fr),
				correct: c.kind === found.kind
			}))
		}
	};
}

/** Whether a sentence lies partly inside a quotation that runs over several sentences. */
function quoteCrossings(article: CleanArticle): (s: SentenceText) => boolean {
	const spans = article.paragraphs.flatMap((p) =>
		quoteMarks(article.text.slice(p.start, p.end), p.start)
	);
	return (s) =>
		// `« pose un risque réel … « .`: guillemets the wrong way round, as a badly converted page has them.
		/«[^»]*«|»[^«]*»|^[^«]*»/u.test(s.text) ||
		spans.some(
			(q) => (q.open < s.start && q.close >= s.start) || (q.open < s.end && q.close >= s.end)
		) ||
		(s.text.match(/"/gu) ?? []).length % 2 !== 0 ||
		(/^['"«»“”]|['"«»“”]\s*[.!?]?$/u.test(s.text.replace(/["»”]\s*,[^"«»“”]*$/u, '')) &&
			quoteMarks(s.text).length === 0);
}
