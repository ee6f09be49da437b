import type { QuestionSet } from '../../../questions/schema';
import { groupStories, type Story } from '../../align/group-stories';
import type { Candidate } from '../../generate/candidate';
import { frenchTypography } from '../../generate/typography';
import type { Facts } from '../../facts/extract-facts';
import { validate } from '../../validate/validate';
import type { Family } from '../family';
import { countWord } from '../name-article';
import { storyLevel } from '../story-level';
import { askDayDisagreements } from './ask-day-disagreements';
import { askNumberWording } from './ask-number-wording';
import { askReportCount } from './ask-report-count';
import { askReportedDuration } from './ask-reported-duration';
import { askSingleSource } from './ask-single-source';
import { askSpelling } from './ask-spelling';

/** The question builders, in the order their questions are listed: disagreements first. */
const ASKERS: ((story: Story, facts: Facts) => Candidate[])[] = [
	askDayDisagreements,
	askSpelling,
	askNumberWording,
	askReportCount,
	askReportedDuration,
	askSingleSource
];

/** Most questions a set keeps. */
const MAX_QUESTIONS = 12;

/**
 * Croiser les sources: for each story told by two articles or more, questions that compare
 * them (days that differ, a name spelled two ways, one number written with different words, how
 * many give a figure or a person's words on a length of time, which figure only one gives and
 * whether it says where it comes from). Every prompt names the articles it is about. A lone
 * article yields no set.
 */
export const crossSource: Family = ({ articles, byId, facts }) => {
	const sets: QuestionSet[] = [];
	const report = ['## Croiser les sources', ''];
	const stories = groupStories(articles, facts);
	const multi = stories.filter((s) => s.articles.length >= 2);
	report.push(`${stories.length} stories; ${multi.length} told by two articles or more.`, '');
	for (const story of multi) {
		const generated = ASKERS.flatMap((ask) => ask(story, facts));
		const { kept, dropped } = validate(generated, { articles: byId });
		const picked = kept.slice(0, MAX_QUESTIONS);
		report.push(
			`- story \`${story.id}\` (${story.articles.length} articles): ${generated.length} generated, ${dropped.length} dropped, ${picked.length} kept`
		);
		for (const d of dropped)
			report.push(`  - dropped \`${d.candidate.asks}\`: ${d.reasons.join('; ')}`);
		if (picked.length === 0) continue;
		const n = story.articles.length;
		sets.push({
			id: `cross-source-${story.id.replace(/^story-/u, '')}`,
			kind: 'cross-source',
			title: {
				fr: frenchTypography(`Croiser les sources : ${countWord(n)} articles sur une même affaire`),
				en: `Cross-check sources: ${n} articles on one story`
			},
			description: {
				fr: frenchTypography(
					'Comparer ce que plusieurs articles disent d’une même affaire : qui rapporte quoi, où ils se contredisent (jours, chiffres, orthographe des noms), ce qu’un seul donne. Chaque réponse montre les passages côte à côte.'
				),
				en: 'Compare what several articles say about one story: who reports what, where they contradict each other (days, figures, spelling of names), what only one gives. Every answer shows the passages side by side.'
			},
			articles: story.articles.map((a) => a.id),
			skill: 'cross-check',
			level: storyLevel(story.articles),
			questions: picked.map((c) => c.question)
		});
	}
	report.push('');
	return { sets, report };
};
