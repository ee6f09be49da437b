import type { Evidence } from '../../../questions/schema';
import type { Facts } from '../../facts/extract-facts';
import type { Story } from '../../align/group-stories';
import { evidenceOf, letteredChoices, questionId, type Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { Entity } from '../../facts/types';
import { articleChoice, countWord, nameArticle } from '../name-article';
import { explain, LESSONS } from './lessons';
import { sharedFigures, unitHead, type Figure } from './shared-figures';

/**
 * `Combien des cinq articles écrivent « 98 publications » ?` (or, for a year some articles give,
 * `lesquels`): a figure two articles or more of a
 * story give, with the same number and the same thing counted (`98 publications` and `98 messages
 * de haine` are not counted together: see `askNumberWording`). Only figures unlikely to match by
 * chance (not round, at least 10), or a year named with the same organisation or person in every
 * article (`Kiwi a été fondée en 2018`, `Kiwi, lancée en 2018`), so the count is certain. The
 * evidence is every passage, from every article, that writes it.
 */
export function askReportCount(story: Story, facts: Facts): Candidate[] {
	const n = story.articles.length;
	if (n < 3) return [];
	const out: Candidate[] = [];
	for (const f of sharedFigures(story, facts)) {
		if (f.places.size < 2) continue;
		if (f.year) {
			const about = commonEntity(f, facts);
			if (about) {
				const what = `l’année ${f.token} à propos de ${about.name}`;
				// Some articles, not all: which ones, a question that sends the student to each.
				out.push(
					f.places.size < story.articles.length
						? whichQuestion(f, story, what)
						: countQuestion(f, story, what, about.name)
				);
			}
			continue;
		}
		if (Number(f.token) < 10 || /0$/u.test(f.token)) continue;
		const units = new Set([...f.places.values()].flat().map((p) => unitHead(p.unit)));
		if (units.size !== 1 || units.has('')) continue;
		const first = [...f.places.values()][0]![0]!;
		out.push(countQuestion(f, story, guillemets(`${f.token} ${first.unit}`), null));
	}
	return out;
}

function countQuestion(f: Figure, story: Story, what: string, about: string | null): Candidate {
	const n = story.articles.length;
	const count = f.places.size;
	const evidence: Evidence[] = story.articles.flatMap((a) =>
		(f.places.get(a.id) ?? []).map((s) => evidenceOf(a, s.start, s.end))
	);
	const choiceText = (k: number) =>
		k === 1 ? 'un seul' : k === n ? `tous les ${countWord(n)}` : countWord(k);
	const options = Array.from({ length: Math.min(n, 5) }, (_, i) => i + 1);
	const choices = letteredChoices(
		[choiceText(count)],
		options.filter((k) => k !== count).map(choiceText),
		f.token
	);
	const who = story.articles.filter((a) => f.places.has(a.id)).map(nameArticle);
	const whyFr = `${countWord(count).replace(/^./u, (c) => c.toUpperCase())} articles sur ${countWord(n)} ${about ? 'citent' : 'écrivent'} ${what} : ${who.join(', ')}.`;
	const whyEn = `${count} articles out of ${n} give ${about ? `the year ${f.token} for ${about}` : `the figure ${f.token} with the same word after it`}.`;
	return {
		question: {
			id: questionId('single', evidence, `count:${f.token}`),
			type: 'single',
			prompt: frenchTypography(
				`Combien des ${countWord(n)} articles sur cette affaire ${about ? 'citent' : 'écrivent'} ${what} ?`
			),
			evidence,
			explanation: explain({ fr: whyFr, en: whyEn }, LESSONS.corroborate),
			skill: 'cross-check',
			difficulty: 2,
			choices
		},
		score: 6 + count,
		passage: `${[...f.places.keys()][0]}:${f.token}`,
		asks: `count:${f.token}`,
		supports: [f.token],
		contradicts: []
	};
}

/** The organisation or person named in every sentence giving the year, or null. */
function commonEntity(f: Figure, facts: Facts): Entity | null {
	let common: Set<string> | null = null as Set<string> | null;
	for (const [article, spans] of f.places) {
		const here = new Set(
			facts.byArticle
				.get(article)!
				.named.filter(
					({ m, e }) =>
						e.confident &&
						(e.type === 'organisation' || e.type === 'person') &&
						spans.some((s) => s.start <= m.start && m.end <= s.end)
				)
				.map(({ e }) => e.id)
		);
		const prev: Set<string> | null = common;
		common = prev ? new Set([...prev].filter((id) => here.has(id))) : here;
	}
	const ids = [...(common ?? [])].sort();
	return ids.length === 1 ? facts.entityById.get(ids[0]!)! : null;
}

/**
 * `Parmi les cinq articles sur cette affaire, lesquels citent l’année 2018 à propos de Parler ?`:
 * every article of the story is a choice, those that give the figure are right.
 */
function whichQuestion(f: Figure, story: Story, what: string): Candidate {
	const n = story.articles.length;
	const evidence: Evidence[] = story.articles.flatMap((a) =>
		(f.places.get(a.id) ?? []).map((s) => evidenceOf(a, s.start, s.end))
	);
	const right = story.articles.filter((a) => f.places.has(a.id));
	const wrong = story.articles.filter((a) => !f.places.has(a.id));
	const whyFr = `${countWord(right.length).replace(/^./u, (c) => c.toUpperCase())} articles sur ${countWord(n)} citent ${what} : ${right.map(nameArticle).join(', ')}.`;
	const whyEn = `${right.length} articles out of ${n} give the year ${f.token}.`;
	return {
		question: {
			id: questionId('multiple', evidence, `which:${f.token}`),
			type: 'multiple',
			prompt: frenchTypography(
				`Parmi les ${countWord(n)} articles sur cette affaire, lesquels citent ${what} ? Plusieurs réponses sont attendues.`
			),
			evidence,
			explanation: explain({ fr: whyFr, en: whyEn }, LESSONS.corroborate),
			skill: 'cross-check',
			difficulty: 2,
			choices: letteredChoices(right.map(articleChoice), wrong.map(articleChoice), f.token)
		},
		score: 6 + right.length,
		passage: `${[...f.places.keys()][0]}:${f.token}`,
		asks: `count:${f.token}`,
		supports: [f.token],
		contradicts: []
	};
}
