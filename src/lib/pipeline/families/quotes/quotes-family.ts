import type { Facts } from '../../facts/extract-facts';
import type { Candidate } from '../../generate/candidate';
import type { SpeakerEntity } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';
import { validate } from '../../validate/validate';
import type { Family } from '../family';
import { buildFamilySet, FAMILY_MIN, pickFamilyQuestions } from '../family-set';
import { storyGroups, storyNames } from '../story-groups';
import { askDirectOrParaphrase } from './ask-direct-or-paraphrase';
import { askMatchQuotes } from './ask-match-quotes';
import { askWhoSaid } from './ask-who-said';
import { attributedSpeech } from './attributed';
import { frenchTypography } from '../../generate/typography';
import { frenchList, englishList } from '../../generate/distractors';

/**
 * « Qui a dit quoi ? »: per story group, who said a quotation, quotations matched to their
 * speakers, direct quotation or paraphrase. A group whose articles give fewer than
 * `FAMILY_MIN` valid questions gets no set; the report says why.
 */
export const quotesFamily: Family = ({ articles, byId, facts }) => {
	const sets = [];
	const report = ['## Qui a dit quoi ? (quotes)', ''];
	for (const group of storyGroups(articles, facts)) {
		const speech = attributedSpeech(group, facts);
		const generated: Candidate[] = [
			...askWhoSaid(speech, byId, speakerPool(group, speech, facts)),
			...askMatchQuotes(speech, byId),
			...askDirectOrParaphrase(speech, byId)
		];
		const { kept, dropped } = validate(generated, { articles: byId });
		const picked = pickFamilyQuestions(kept);
		const names = storyNames(group, facts);
		const label = `${group.map((a) => a.id).join(', ')}`;
		const line = `- ${label}: ${speech.length} attributed statements, ${generated.length} questions generated, ${dropped.length} dropped, ${picked.length} kept`;
		if (picked.length < FAMILY_MIN) {
			report.push(`${line}; no set (a set needs ${FAMILY_MIN})`);
			continue;
		}
		report.push(line);
		for (const d of dropped) report.push(`  - dropped ${d.candidate.asks}: ${d.reasons.join('; ')}`);
		const about = group.length > 1 ? frenchList(names) : (group[0]!.title ?? frenchList(names));
		const aboutEn = group.length > 1 ? englishList(names) : (group[0]!.title ?? englishList(names));
		sets.push(
			buildFamilySet(
				{
					kind: 'quotes',
					title: {
						fr: frenchTypography(`Qui a dit quoi ? ${about}`),
						en: `Who said what? ${aboutEn}`
					},
					description: {
						fr: frenchTypography(
							`Retrouver qui parle dans ${group.length > 1 ? `${group.length} articles sur la même affaire` : 'un article'} : les citations et leurs auteurs, les mots exacts et les propos reformulés.`
						),
						en: `Find who is speaking in ${group.length > 1 ? `${group.length} articles on the same story` : 'one article'}: quotes and who said them, exact words and paraphrase.`
					},
					skill: 'attribute-quotes'
				},
				group,
				picked
			)
		);
	}
	return { sets, report };
};

/**
 * Wrong choices for `qui a dit`: the story's other speakers, most quoted first, then the people
 * (full names) and organisations its articles name most.
 */
function speakerPool(group: CleanArticle[], speech: { who: SpeakerEntity }[], facts: Facts): SpeakerEntity[] {
	const pool = new Map<string, SpeakerEntity & { n: number }>();
	for (const s of speech) {
		const held = pool.get(s.who.id);
		pool.set(s.who.id, { ...s.who, n: (held?.n ?? 1000) + 1 });
	}
	for (const a of group)
		for (const { e } of facts.byArticle.get(a.id)?.named ?? []) {
			if (!e.confident || pool.has(e.id) && pool.get(e.id)!.n >= 1000) continue;
			const full = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,3}$/u.test(e.name);
			if (e.type === 'organisation' || (e.type === 'person' && full)) {
				const kind = e.type === 'person' ? 'person' : 'organisation';
				pool.set(e.id, { id: e.id, name: e.name, kind, n: (pool.get(e.id)?.n ?? 0) + 1 });
			}
		}
	return [...pool.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
}
