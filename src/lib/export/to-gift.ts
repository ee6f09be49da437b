import type { Question } from '$lib/questions/schema';
import { escapeGift } from './escape';
import { giftAnswers } from './gift-answers';
import { feedbackHtml, stemHtml } from './html';
import {
	toSource,
	type ExportInput,
	type ExportOptions,
	type ExportResult,
	type Skipped
} from './source';

/** One GIFT question: id and skill as Moodle tags, HTML text, answers, general feedback. */
function giftQuestion(q: Question, lines: string[], options: ExportOptions): string {
	const feedback = escapeGift(feedbackHtml(q, options.articleTitles));
	return [
		`// [id:${q.id}] [tag:${q.skill}]`,
		`::${q.id}::[html]${escapeGift(stemHtml(q))}{`,
		...lines.map((line) => `\t${line}`),
		`\t####${feedback}`,
		'}'
	].join('\n');
}

/**
 * A set or an assignment as a GIFT file for Moodle's question bank (Import > GIFT): one question
 * per block, in a category named after the set, each with the French explanation and source
 * passages as general feedback. Questions GIFT cannot express (ordering) are skipped and listed.
 */
export function toGift(input: ExportInput, options: ExportOptions = {}): ExportResult<string> {
	const source = toSource(input);
	const skipped: Skipped[] = [];
	const blocks: string[] = [];
	for (const q of source.questions) {
		const answers = giftAnswers(q);
		if ('reason' in answers) skipped.push({ id: q.id, type: q.type, reason: answers.reason });
		else blocks.push(giftQuestion(q, answers.lines, options));
	}
	const title = source.title.replace(/\s*[\r\n]+\s*/gu, ' ');
	const header = [
		`// Recoupe — ${title}`,
		`// ${blocks.length} questions (${source.id}). Moodle : Banque de questions > Importer > GIFT.`,
		// The teacher learns here what is missing, and where to find it.
		...skipped.map(
			(s) => `// Absente de ce fichier (${s.type}, ${s.reason}) : ${s.id}, voir le paquet QTI.`
		),
		`$CATEGORY: Recoupe/${title.replace(/\//gu, '//')}`
	].join('\n');
	return { content: [header, ...blocks].join('\n\n') + '\n', skipped };
}
