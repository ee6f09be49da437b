import { escapeXml } from './escape';
import { moodleQuestion } from './moodle-question';
import {
	toSource,
	type ExportInput,
	type ExportOptions,
	type ExportResult,
	type Skipped
} from './source';

/**
 * A set or an assignment as Moodle XML (Question bank > Import > Moodle XML format): a category
 * named after the set, then one question per exercise (multichoice, truefalse, shortanswer,
 * matching) named by its id, with the French explanation and source passages as general
 * feedback. Questions Moodle cannot import without a plugin (ordering) are skipped and listed.
 */
export function toMoodleXml(input: ExportInput, options: ExportOptions = {}): ExportResult<string> {
	const source = toSource(input);
	const skipped: Skipped[] = [];
	const questions: string[] = [];
	for (const q of source.questions) {
		const result = moodleQuestion(q, options);
		if ('reason' in result) skipped.push({ id: q.id, type: q.type, reason: result.reason });
		else questions.push(result.xml);
	}
	// Moodle splits category paths on `/`; a `/` inside a name is written `//`.
	const category = `$course$/top/Recoupe/${source.title.replace(/\//gu, '//')}`;
	const content = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		// The teacher learns here what is missing, and where to find it.
		...skipped.map(
			(s) =>
				`  <!-- Absente de ce fichier (${s.type}, ${s.reason}) : ${s.id}, voir le paquet QTI. -->`
		),
		'  <question type="category">',
		`    <category><text>${escapeXml(category)}</text></category>`,
		'  </question>',
		...questions,
		'</quiz>',
		''
	].join('\n');
	return { content, skipped };
}
