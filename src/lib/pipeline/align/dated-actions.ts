import type { Facts } from '../facts/extract-facts';
import type { Entity } from '../facts/types';
import { sentencesOf, type SentenceText } from '../extract/sentences';
import { nameKey } from '../refine/group-entities';
import type { CleanArticle, Span } from '../types';
import { actionClasses } from './action-classes';
import { dayOf } from './resolve-day';
import { wordCount } from '../word-count';

/** An action an article dates to a day of the week: who, what kind of action, which day. */
export interface DatedAction {
	article: string;
	sentence: number;
	actor: Entity;
	/** Kinds of action the sentence names (`decide`, `follow`…), see `ACTION_CLASSES`. */
	actions: string[];
	/** 0 Sunday … 6 Saturday. */
	weekday: number;
	/** The day as the text writes it: `samedi`, `Le lendemain`. */
	dayText: string;
	/** What the learner must read: the sentence, and for `le lendemain` the one it counts from. */
	spans: Span[];
	/** For `le lendemain`: the weekday it counts from, as written. */
	from?: string;
}

/** Words that may open a sentence before its subject: `Aussi Amazon a-t-il décidé…`. */
const OPENERS = /^(?:(?:Aussi|Ainsi|Puis|Mais|Et|Enfin|Du coup|Ensuite)\s)?/u;

/** `le géant internet`, `la firme`, `l'entreprise`: a description standing for a named company. */
const DESCRIPTION =
	/^(?:le|la|l['’])\s?(?:géant|groupe|firme|société|entreprise)(?:\s[\p{Ll}-]+)?(?=\s(?:a|avait)\s)/u;

/** What follows a subject: `a`, `avait`, `a-t-il` + participle, or a verb in the passé simple (`imita`). */
const VERB = /^\s(?:(?:a|avait)(?:-t-(?:il|elle))?\s\S|\p{Ll}{3,}a\s|\p{Ll}{3,}(?:it|ut)\s)/u;

/** `Le lendemain`: the day after the day the sentence before names. */
const NEXT_DAY = /^(?:Le|le)\s+lendemain\b/u;

/**
 * The actions each article dates to a weekday, read from sentences whose subject is a named
 * organisation or person: `Apple a suivi son exemple samedi en regrettant…`; `Pour justifier sa
 * décision vendredi, Google avait mentionné…`; `Samedi, le géant internet a donc décidé de
 * retirer Parler…` (the description stands for the one company the sentence before names);
 * `Le lendemain, Apple imita Twitter.` (the day after the weekday of the sentence before). A
 * sentence naming two days, or none, yields nothing.
 */
export function datedActions(article: CleanArticle, facts: Facts): DatedAction[] {
	const mine = facts.byArticle.get(article.id);
	if (!mine) return [];
	const sentences = sentencesOf(article).filter((s) => !s.heading);
	const out: DatedAction[] = [];
	sentences.forEach((s, k) => {
		const days = mine.dates.filter(
			(d) => d.sentence === s.index && (d.granularity === 'weekday' || d.granularity === 'day')
		);
		const prev = sentences[k - 1];
		let weekday: number | null = null;
		let dayText = '';
		let from: string | undefined;
		const spans: Span[] = [{ start: s.start, end: s.end }];
		const lead = OPENERS.exec(s.text)![0].length;
		if (NEXT_DAY.test(s.text.slice(lead)) && days.length === 0 && prev) {
			const before = mine.dates.filter(
				(d) => d.sentence === prev.index && d.granularity === 'weekday'
			);
			if (before.length !== 1) return;
			weekday = (Number(before[0]!.value.slice(8)) + 1) % 7;
			dayText = NEXT_DAY.exec(s.text.slice(lead))![0];
			from = before[0]!.text;
			spans.unshift({ start: prev.start, end: prev.end });
		} else if (days.length === 1) {
			const d = days[0]!;
			if (d.granularity === 'weekday') weekday = Number(d.value.slice(8));
			else if (!d.value.startsWith('?')) weekday = dayOf(d.value)?.weekday ?? null;
			dayText = d.text;
		}
		if (weekday === null) return;
		const actor = subjectOf(s, lead, facts, prev);
		if (!actor) return;
		const actions = actionClasses(s.text);
		if (actions.length === 0) return;
		out.push({
			article: article.id,
			sentence: s.index,
			actor,
			actions,
			weekday,
			dayText,
			spans,
			from
		});
	});
	return out;
}

/** The named subject of a sentence, after an opening phrase of up to ten words and a comma. */
function subjectOf(
	s: SentenceText,
	lead: number,
	facts: Facts,
	prev: SentenceText | undefined
): Entity | null {
	const starts = [lead];
	const comma = s.text.indexOf(', ', lead);
	if (comma > 0 && wordCount(s.text.slice(lead, comma)) <= 10) starts.push(comma + 2);
	const named = facts.byArticle.get(s.article)!.named;
	for (const at of starts) {
		const here = named.find((n) => n.m.start === s.start + at);
		if (here) {
			const e = here.e;
			const rest = s.text.slice(here.m.end - s.start);
			if (e.confident && (e.type === 'organisation' || e.type === 'person') && VERB.test(rest))
				return e;
			continue;
		}
		if (DESCRIPTION.test(s.text.slice(at)) && prev) {
			const orgs = new Set(
				named
					.filter(
						(n) => n.m.sentence === prev.index && n.e.confident && n.e.type === 'organisation'
					)
					.map((n) => n.e)
			);
			if (orgs.size === 1) return [...orgs][0]!;
		}
	}
	return null;
}

/** Whether two mentions name the same entity. */
export function sameEntity(a: string, b: string, facts: Facts): boolean {
	return facts.entityOf.get(nameKey(a))?.id === facts.entityOf.get(nameKey(b))?.id;
}
