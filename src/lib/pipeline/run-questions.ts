import type { QuestionSet, SetIndexEntry } from '../questions/schema';
import { extractFacts } from './facts/extract-facts';
import { askActors } from './generate/ask-actors';
import { askAttributions } from './generate/ask-attributions';
import { askDates } from './generate/ask-dates';
import { askDurations } from './generate/ask-durations';
import { askWeekdays } from './generate/ask-weekdays';
import { askNumbers } from './generate/ask-numbers';
import { askOpposites } from './generate/ask-opposites';
import { askPlaces } from './generate/ask-places';
import { askSpeakers } from './generate/ask-speakers';
import { askRoles } from './generate/ask-roles';
import { askStatementList, askStatements } from './generate/ask-statements';
import { articleLabel, buildComprehensionSet } from './generate/build-set';
import { titleGivesAway } from './generate/title-giveaway';
import type { Candidate } from './generate/candidate';
import { contextFor, type Generator } from './generate/context';
import { MIN_QUESTIONS, selectQuestions, TARGET_QUESTIONS_MIN } from './generate/select';
import { renderReport, type ArticleReport } from './emit/report';
import { FAMILIES } from './families';
import type { CleanArticle } from './types';
import { validate } from './validate/validate';

/** The question generators, in order. */
export const GENERATORS: Generator[] = [
	askActors,
	askAttributions,
	askRoles,
	askPlaces,
	askSpeakers,
	askNumbers,
	askDates,
	askWeekdays,
	askDurations,
	askStatements,
	askOpposites
];

/** Everything the question stages produce from a corpus. */
export interface QuestionOutput {
	sets: QuestionSet[];
	index: SetIndexEntry[];
	report: string;
	reports: ArticleReport[];
}

/**
 * Extract → generate → validate → select, over a corpus of cleaned articles: one comprehension
 * set per article that yields enough valid questions. Pure: no files, no clock, no randomness.
 */
export function generateQuestions(
	articles: CleanArticle[],
	refused: string[] = []
): QuestionOutput {
	const facts = extractFacts(articles);
	const byId = new Map(articles.map((a) => [a.id, a]));
	const sets: QuestionSet[] = [];
	const reports: ArticleReport[] = [];
	for (const article of articles) {
		const ctx = contextFor(article, facts);
		const generated: Candidate[] = GENERATORS.flatMap((g) => g(ctx));
		generated.push(...askStatementList(generated, article.id));
		const checked = validate(generated, { articles: byId });
		const dropped = checked.dropped;
		const title = articleLabel(article);
		const kept = checked.kept.filter((c) => {
			const reason = titleGivesAway(c, article, title, facts);
			if (reason) dropped.push({ candidate: c, reasons: [reason] });
			return reason === null;
		});
		const selected = selectQuestions(kept);
		const report: ArticleReport = {
			article: article.id,
			label: articleLabel(article),
			generated,
			dropped,
			selected
		};
		if (selected.length >= MIN_QUESTIONS) sets.push(buildComprehensionSet(article, selected));
		else report.skipped = `only ${selected.length} valid questions (a set needs ${MIN_QUESTIONS})`;
		if (selected.length >= MIN_QUESTIONS && selected.length < TARGET_QUESTIONS_MIN) {
			report.short = `${selected.length} questions: the article supports fewer than ${TARGET_QUESTIONS_MIN} that pass every rule`;
		}
		reports.push(report);
	}
	const familyReport: string[] = [];
	for (const family of FAMILIES) {
		const out = family({ articles, byId, facts });
		sets.push(...out.sets);
		familyReport.push(...out.report);
	}
	const index = sets.map((s) => ({
		id: s.id,
		kind: s.kind,
		title: s.title,
		articles: s.articles,
		skill: s.skill,
		level: s.level,
		count: s.questions.length
	}));
	const report =
		renderReport(reports, refused) + (familyReport.length ? `\n${familyReport.join('\n')}\n` : '');
	return { sets, index, report, reports };
}
