import { choicesOf, type Question } from '$lib/questions/schema';
import { cdata, escapeHtml, escapeXml } from './escape';
import { multipleFractions } from './fractions';
import { feedbackHtml, stemHtml } from './html';
import type { ExportOptions } from './source';

/** The type-specific elements of one Moodle question, or why Moodle cannot import it. */
type Body = { type: string; xml: string[] } | { reason: string };

const html = (text: string) => `<text>${cdata(text)}</text>`;
const plain = (text: string) => `<text>${escapeXml(text)}</text>`;
const noFeedback = '<feedback format="html"><text></text></feedback>';

/** A multichoice answer: HTML text, percent of the grade. */
const choice = (text: string, fraction: string) =>
	`<answer fraction="${fraction}" format="html">${html(escapeHtml(text))}${noFeedback}</answer>`;

/** A typed or true/false answer: plain text compared as typed. */
const typed = (text: string, fraction: string) =>
	`<answer fraction="${fraction}" format="moodle_auto_format">${plain(text)}${noFeedback}</answer>`;

const multichoice = (single: boolean, answers: string[]): Body => ({
	type: 'multichoice',
	xml: [
		`<single>${single}</single>`,
		'<shuffleanswers>true</shuffleanswers>',
		'<answernumbering>abc</answernumbering>',
		...answers
	]
});

/** What Moodle's XML importer reads for each type (multichoice, truefalse, shortanswer, matching). */
function body(q: Question): Body {
	switch (q.type) {
		case 'single':
		case 'classification':
		case 'evidence':
			return multichoice(
				true,
				choicesOf(q).map((c) => choice(c.text, c.correct ? '100' : '0'))
			);
		case 'multiple': {
			const right = q.choices.filter((c) => c.correct).length;
			const shares = multipleFractions(right, q.choices.length - right);
			if (shares === undefined) return { reason: `no Moodle grade for ${right} right answers` };
			return multichoice(
				false,
				q.choices.map((c) => choice(c.text, c.correct ? shares.right : shares.wrong))
			);
		}
		case 'true-false': {
			const right = q.choices
				.find((c) => c.correct)
				?.text.trim()
				.toLowerCase();
			if (right !== 'vrai' && right !== 'faux') return { reason: 'choices are not Vrai/Faux' };
			const truth = right === 'vrai';
			return {
				type: 'truefalse',
				xml: [typed('true', truth ? '100' : '0'), typed('false', truth ? '0' : '100')]
			};
		}
		case 'cloze':
		case 'short':
			return {
				type: 'shortanswer',
				xml: ['<usecase>0</usecase>', ...q.accept.map((a) => typed(a, '100'))]
			};
		case 'matching': {
			const used = new Set(q.pairs.map((p) => p.right));
			const sub = (left: string, right: string) =>
				`<subquestion format="html">${html(left)}<answer>${plain(right)}</answer></subquestion>`;
			const pairs = q.pairs.map((p) =>
				sub(
					escapeHtml(q.left.find((l) => l.id === p.left)!.text),
					q.right.find((r) => r.id === p.right)!.text
				)
			);
			// Moodle reads a subquestion with no text as an extra answer (a distractor).
			const extras = q.right.filter((r) => !used.has(r.id)).map((r) => sub('', r.text));
			return {
				type: 'matching',
				xml: ['<shuffleanswers>true</shuffleanswers>', ...pairs, ...extras]
			};
		}
		case 'ordering':
			return { reason: 'Moodle imports ordering questions only with the qtype_ordering plugin' };
	}
}

/** One `<question>` element for Moodle's XML importer, or why the question is left out. */
export function moodleQuestion(
	q: Question,
	options: ExportOptions
): { xml: string } | { reason: string } {
	const b = body(q);
	if ('reason' in b) return b;
	const lines = [
		`<question type="${b.type}">`,
		`<name>${plain(q.id)}</name>`,
		`<questiontext format="html">${html(stemHtml(q))}</questiontext>`,
		`<generalfeedback format="html">${html(feedbackHtml(q, options.articleTitles))}</generalfeedback>`,
		'<defaultgrade>1</defaultgrade>',
		'<penalty>0.3333333</penalty>',
		'<hidden>0</hidden>',
		`<idnumber>${escapeXml(q.id)}</idnumber>`,
		...b.xml,
		`<tags><tag>${plain(q.skill)}</tag></tags>`,
		'</question>'
	];
	return {
		xml: lines
			.map((line, k) => (k === 0 || k === lines.length - 1 ? `  ${line}` : `    ${line}`))
			.join('\n')
	};
}
