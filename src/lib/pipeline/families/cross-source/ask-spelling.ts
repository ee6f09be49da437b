import type { Evidence } from '../../../questions/schema';
import type { Facts } from '../../facts/extract-facts';
import type { Story } from '../../align/group-stories';
import { evidenceOf, letteredChoices, questionId, type Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import { nameKey } from '../../refine/group-entities';
import { articleChoice, nameArticle } from '../name-article';
import { explain, LESSONS } from './lessons';

/** People whose name the corpus spells two ways, listed once per corpus rather than per story. */
const twoWays = new WeakMap<Facts, Facts['entities']>();

function spelledTwoWays(facts: Facts): Facts['entities'] {
	let list = twoWays.get(facts);
	if (!list) {
		list = facts.entities.filter((e) => e.variants.length > 0 && e.type === 'person');
		twoWays.set(facts, list);
	}
	return list;
}

/**
 * A person's name spelled one way in one article and another way elsewhere (`John Matz`,
 * `John Matze`: the entity records the rarer spelling as a variant): in which article is the odd
 * spelling? Asked when one article alone uses it and at least three articles name the person.
 * The evidence is the passage with the odd spelling and, in every article, a passage with the
 * usual one.
 */
export function askSpelling(story: Story, facts: Facts): Candidate[] {
	const ids = new Set(story.articles.map((a) => a.id));
	const out: Candidate[] = [];
	for (const e of spelledTwoWays(facts)) {
		const variantKeys = new Set(e.variants.map(nameKey));
		const odd = e.mentions.filter((m) => ids.has(m.article) && variantKeys.has(nameKey(m.text)));
		const usual = e.mentions.filter((m) => ids.has(m.article) && m.text === e.name);
		const oddArticles = new Set(odd.map((m) => m.article));
		const naming = story.articles.filter((a) => e.mentions.some((m) => m.article === a.id));
		if (oddArticles.size !== 1 || naming.length < 3 || usual.length === 0) continue;
		const oddArticle = story.articles.find((a) => oddArticles.has(a.id))!;
		const variant = odd[0]!.text;
		const evidence: Evidence[] = [];
		for (const a of naming) {
			const mine = [
				...odd.filter((m) => m.article === a.id),
				...usual.filter((m) => m.article === a.id).slice(0, 1)
			];
			for (const m of mine) {
				const s = a.sentences[m.sentence]!;
				if (!evidence.some((x) => x.article === a.id && x.start === s.start))
					evidence.push(evidenceOf(a, s.start, s.end));
			}
		}
		evidence.sort((x, y) => x.article.localeCompare(y.article) || x.start - y.start);
		const choices = letteredChoices(
			[articleChoice(oddArticle)],
			naming
				.filter((a) => a !== oddArticle)
				.map(articleChoice)
				.slice(0, 4),
			e.id
		);
		const alsoUsual = usual.some((m) => m.article === oddArticle.id);
		const whyFr = `${nameArticle(oddArticle).replace(/^l/u, 'L')} écrit ${guillemets(variant)}${
			alsoUsual ? ` à un endroit et ${guillemets(e.name)} ailleurs` : ''
		} ; les autres articles écrivent ${guillemets(e.name)}.`;
		const whyEn = `One article writes “${variant}”${alsoUsual ? ` once and “${e.name}” elsewhere` : ''}; the others write “${e.name}”.`;
		out.push({
			question: {
				id: questionId('single', evidence, `spelling:${variant}`),
				type: 'single',
				prompt: frenchTypography(
					`Un de ces articles écrit ${guillemets(variant)} là où les autres écrivent ${guillemets(e.name)}. Lequel ?`
				),
				evidence,
				explanation: explain({ fr: whyFr, en: whyEn }, LESSONS.spelling),
				skill: 'cross-check',
				difficulty: 2,
				choices
			},
			score: 9,
			passage: `${oddArticle.id}:${odd[0]!.sentence}`,
			asks: `spelling:${e.id}`,
			supports: [variant, e.name],
			contradicts: []
		});
	}
	return out;
}
