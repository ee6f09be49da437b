import type { QuestionSet } from '../../questions/schema';
import type { Candidate } from '../generate/candidate';
import { englishList, frenchList } from '../generate/distractors';
import type { CleanArticle } from '../types';
import { validate } from '../validate/validate';
import type { FamilyInput, FamilyOutput } from './family';
import { buildFamilySet, FAMILY_MIN, pickFamilyQuestions, type FamilyText } from './family-set';
import { storyGroups, storyNames } from './story-groups';

/** What a story group is about, for a set title: its headline alone, or its most shared names. */
export interface StoryLabel {
	fr: string;
	en: string;
	articles: number;
}

/**
 * Runs one family over the corpus: for each story group, `ask` gives candidates, `validate()`
 * keeps those passing every hard check, and a set ships when at least `FAMILY_MIN` remain. The
 * report lists, per group, what was generated, dropped (with reasons) and kept, or why no set.
 */
export function runFamily(
	heading: string,
	input: FamilyInput,
	ask: (group: CleanArticle[]) => Candidate[],
	text: (about: StoryLabel) => FamilyText
): FamilyOutput {
	const sets: QuestionSet[] = [];
	const report = [`## ${heading}`, ''];
	for (const group of storyGroups(input.articles, input.facts)) {
		const generated = ask(group);
		const { kept, dropped } = validate(generated, { articles: input.byId });
		const picked = pickFamilyQuestions(kept);
		const ids = group.map((a) => a.id).join(', ');
		const line = `- ${ids}: ${generated.length} generated, ${dropped.length} dropped, ${kept.length} valid, ${picked.length} kept`;
		if (picked.length < FAMILY_MIN) {
			report.push(`${line}; no set (needs ${FAMILY_MIN} valid questions)`);
			continue;
		}
		report.push(line);
		for (const d of dropped)
			report.push(`  - dropped ${d.candidate.asks}: ${d.reasons.join('; ')}`);
		const names = storyNames(group, input.facts);
		const single = group.length === 1 && group[0]!.title;
		const about: StoryLabel = {
			fr: single ? `«\u00A0${group[0]!.title}\u00A0»` : frenchList(names),
			en: single ? `“${group[0]!.title}”` : englishList(names),
			articles: group.length
		};
		sets.push(buildFamilySet(text(about), group, picked));
	}
	return { sets, report };
}
