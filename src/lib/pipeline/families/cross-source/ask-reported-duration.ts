import type { Evidence } from '../../../questions/schema';
import type { Facts } from '../../facts/extract-facts';
import type { Entity } from '../../facts/types';
import type { Story } from '../../align/group-stories';
import { evidenceOf, letteredChoices, questionId, type Candidate } from '../../generate/candidate';
import { capitalize, frenchTypography, guillemets } from '../../generate/typography';
import type { CleanArticle, Span } from '../../types';
import { countWord, nameArticle } from '../name-article';
import { explain, LESSONS } from './lessons';

/** A length of time written in words or digits: `une semaine`, `48 heures`, `trois mois`. */
const DURATION =
	/(?<!\p{L})(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s(?:heures?|jours?|semaines?|mois|ans|années?)(?!\p{L})/iu;

/** Words that report speech: `selon`, `a déclaré`, `affirme`, `assure`, quotation marks. */
const REPORTING =
	/(?<!\p{L})(?:selon|d['’]après|déclar\p{L}*|affirm\p{L}*|assur\p{L}*|confirm\p{L}*|expliqu\p{L}*|indiqu\p{L}*|ajout\p{L}*|estim\p{L}*|prévien\p{L}*|dit)(?!\p{L})|[«"“]/u;

interface Report {
	article: CleanArticle;
	spans: Span[];
}

/**
 * `Combien des cinq articles rapportent que John Matze parle d'« une semaine » ?`: a length of
 * time several articles give in a sentence that reports a person's words, or next to one (`Le
 * chef d'entreprise assure que l'application sera de retour d'ici une semaine`, after `Selon le
 * CEO, John Matze, …`). The same person and the same words in each article, so the count is
 * certain; the evidence is every such passage.
 */
export function askReportedDuration(story: Story, facts: Facts): Candidate[] {
	const n = story.articles.length;
	if (n < 3) return [];
	const found = new Map<string, { person: Entity; duration: string; reports: Report[] }>();
	for (const a of story.articles) {
		const named = facts.byArticle.get(a.id)?.named ?? [];
		const seen = new Set<string>();
		a.sentences.forEach((s, k) => {
			const m = DURATION.exec(a.text.slice(s.start, s.end));
			if (!m) return;
			const near = [k, k - 1, k + 1].filter(
				(j) => a.sentences[j] && a.sentences[j]!.paragraph === s.paragraph
			);
			for (const j of near) {
				const t = a.sentences[j]!;
				if (!REPORTING.test(a.text.slice(t.start, t.end))) continue;
				const people = named.filter(
					(x) => x.m.sentence === j && x.e.confident && x.e.type === 'person'
				);
				if (people.length !== 1) continue;
				const person = people[0]!.e;
				const key = `${person.id}|${m[0].toLocaleLowerCase('fr')}`;
				if (seen.has(key)) return;
				seen.add(key);
				const entry = found.get(key) ?? {
					person,
					duration: m[0].toLocaleLowerCase('fr'),
					reports: []
				};
				const spans = [j, k]
					.filter((x, i, all) => all.indexOf(x) === i)
					.sort((x, y) => x - y)
					.map((x) => ({ start: a.sentences[x]!.start, end: a.sentences[x]!.end }));
				entry.reports.push({ article: a, spans });
				found.set(key, entry);
				return;
			}
		});
	}
	const out: Candidate[] = [];
	for (const [key, { person, duration, reports }] of [...found].sort((x, y) =>
		x[0].localeCompare(y[0])
	)) {
		if (reports.length < 2) continue;
		out.push(countReports(story, person, duration, reports, key));
	}
	return out;
}

function countReports(
	story: Story,
	person: Entity,
	duration: string,
	reports: Report[],
	key: string
): Candidate {
	const n = story.articles.length;
	const count = reports.length;
	const evidence: Evidence[] = reports.flatMap((r) =>
		r.spans.map((s) => evidenceOf(r.article, s.start, s.end))
	);
	const choiceText = (k: number) =>
		k === 1 ? 'un seul' : k === n ? `tous les ${countWord(n)}` : countWord(k);
	const options = Array.from({ length: Math.min(n, 5) }, (_, i) => i + 1);
	const choices = letteredChoices(
		[choiceText(count)],
		options.filter((k) => k !== count).map(choiceText),
		key
	);
	const what = guillemets(duration);
	const who = reports.map((r) => nameArticle(r.article)).join(', ');
	return {
		question: {
			id: questionId('single', evidence, `duration:${key}`),
			type: 'single',
			prompt: frenchTypography(
				`Combien des ${countWord(n)} articles sur cette affaire rapportent que ${person.name} parle d’${what} ?`
			),
			evidence,
			explanation: explain(
				{
					fr: `${capitalize(countWord(count))} articles sur ${countWord(n)} prêtent ce délai d’${what} à ${person.name} : ${who}. Chacun le dit avec ses mots, et chacun dit de qui vient l’information.`,
					en: `${count} articles out of ${n} report that ${person.name} spoke of this length of time, each in its own words and each saying it comes from ${person.name}.`
				},
				LESSONS.corroborate
			),
			skill: 'cross-check',
			difficulty: 2,
			choices
		},
		score: 7 + count,
		passage: `${reports[0]!.article.id}:${reports[0]!.spans[0]!.start}`,
		asks: `duration:${key}`,
		supports: [duration],
		contradicts: []
	};
}
