import type { Evidence } from '../../../questions/schema';
import type { Facts } from '../../facts/extract-facts';
import type { Story } from '../../align/group-stories';
import { evidenceOf, questionId, type Candidate } from '../../generate/candidate';
import { stableShuffle } from '../../generate/hash';
import { capitalize, frenchTypography, guillemets } from '../../generate/typography';
import { articleChoice, countWord, nameArticle } from '../name-article';
import { explain, LESSONS } from './lessons';
import { sharedFigures, unitHead, type FigurePlace } from './shared-figures';

/**
 * One number two articles or more give with different words: `des courriels mentionnant 98
 * messages de haine` in one, `AWS a déclaré avoir trouvé 98 publications` in another. The learner
 * matches each article to what it writes, among them one wording no article uses (the number with
 * what another figure of the story counts), and the explanation asks whether they count the same
 * thing. Each article must write the number once, so its wording is certain.
 */
export function askNumberWording(story: Story, facts: Facts): Candidate[] {
	const figures = sharedFigures(story, facts);
	const byId = new Map(story.articles.map((a) => [a.id, a]));
	const out: Candidate[] = [];
	for (const f of figures) {
		if (f.year || f.places.size < 2 || Number(f.token) < 10 || /0$/u.test(f.token)) continue;
		const places = [...f.places].filter(([, ps]) => ps.length === 1 && ps[0]!.unit);
		if (places.length !== f.places.size) continue;
		const heads = new Set(places.map(([, [p]]) => unitHead(p!.unit)));
		if (heads.size !== places.length) continue;
		const quotes = places.map(([id, [p]]) => byId.get(id)!.text.slice(p!.start, p!.end)).join(' ');
		const decoy = figures
			.flatMap((o) => [...o.places.values()].flat())
			.map((p) => p.unit)
			.find((u) => u && !heads.has(unitHead(u)) && !quotes.includes(`${f.token} ${u}`));
		if (!decoy) continue;
		const chosen = places.map(([id, [p]]) => ({
			article: byId.get(id)!,
			place: p! as FigurePlace
		}));
		const evidence: Evidence[] = chosen.map((c) =>
			evidenceOf(c.article, c.place.start, c.place.end)
		);
		const wording = (p: FigurePlace) => `${f.token} ${p.unit}`;
		const left = chosen.map((c, i) => ({ id: `a${i + 1}`, text: articleChoice(c.article) }));
		const shuffled = stableShuffle(
			[
				...chosen.map((c, i) => ({ id: `w${i + 1}`, text: wording(c.place) })),
				{ id: 'w0', text: `${f.token} ${decoy}` }
			],
			(r) => r.text,
			f.token
		);
		// Ids follow the order shown, so they tell nothing of the answer.
		const idOf = new Map(shuffled.map((r, k) => [r.id, `w${k + 1}`]));
		const right = shuffled.map((r) => ({ id: idOf.get(r.id)!, text: r.text }));
		const pairs = chosen.map((_, i) => ({ left: `a${i + 1}`, right: idOf.get(`w${i + 1}`)! }));
		const n = countWord(chosen.length);
		const says = chosen
			.map((c) => `${nameArticle(c.article)} écrit ${guillemets(c.place.label)}`)
			.join(' ; ');
		out.push({
			question: {
				id: questionId('matching', evidence, pairs.map((p) => `${p.left}=${p.right}`).join()),
				type: 'matching',
				prompt: frenchTypography(
					`${capitalize(n)} articles donnent le nombre ${f.token}, mais pas avec les mêmes mots. Associez chaque article à ce qu’il écrit.`
				),
				evidence,
				explanation: explain(
					{
						fr: `${capitalize(says)}. Le nombre est le même, les mots ne le sont pas : il faut relire chaque passage pour savoir si les articles parlent de la même chose.`,
						en: `The ${chosen.length} articles give the same number, ${f.token}, but not with the same words: read each passage again to know whether they count the same thing.`
					},
					LESSONS.wording
				),
				skill: 'cross-check',
				difficulty: 2,
				left,
				right,
				pairs
			},
			score: 9,
			passage: `${chosen[0]!.article.id}:${chosen[0]!.place.start}`,
			asks: `wording:${f.token}`,
			supports: chosen.map((c) => wording(c.place)),
			contradicts: [`${f.token} ${decoy}`]
		});
	}
	return out;
}
