import type { Question } from '$lib/questions/schema';
import { NBSP, guillemets } from '$lib/pipeline/generate/typography';
import { escapeHtml } from './escape';

/** What Moodle and GIFT show in place of a cloze gap. */
const GAP = '_____';

/** The text after the prompt that the question is about: the statement, sentence or claim. */
function passageOf(q: Question): string | undefined {
	if (q.type === 'true-false') return q.statement;
	if (q.type === 'classification') return q.text;
	if (q.type === 'evidence') return q.claim;
	return undefined;
}

/** `<p>` per line of `text` (prompts hold a line break before a quoted passage). */
function paragraphs(text: string): string {
	return text
		.split(/\n+/u)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => `<p>${escapeHtml(line)}</p>`)
		.join('');
}

/**
 * The question text as XHTML (valid as Moodle HTML and as QTI item body): the French prompt, then
 * the statement, sentence or claim as a quotation. A cloze sentence holds `gapHtml` in its gap:
 * `_____` for Moodle and GIFT, a text entry for QTI.
 */
export function stemHtml(q: Question, gapHtml: string = GAP): string {
	const prompt = paragraphs(q.prompt);
	if (q.type === 'cloze') {
		const sentence = `${escapeHtml(q.before)}${gapHtml}${escapeHtml(q.after)}`;
		return `${prompt}<blockquote><p>${sentence}</p></blockquote>`;
	}
	const passage = passageOf(q);
	return passage === undefined
		? prompt
		: `${prompt}<blockquote>${paragraphs(passage)}</blockquote>`;
}

/** Letters only, so a quote re-spaced by French typography still matches the article's text. */
const bare = (text: string) => text.replace(/[\s\u00A0\u202F«»"“”]/gu, '');

/**
 * The general feedback as XHTML: the French explanation, then each source article (its title
 * when known, and its id) with the passages the explanation does not already quote.
 */
export function feedbackHtml(
	q: Question,
	articleTitles: Readonly<Record<string, string>> = {}
): string {
	const explanation = paragraphs(q.explanation.fr);
	const articles = [...new Set(q.evidence.map((e) => e.article))];
	const sources = articles.map((article) => {
		const title = articleTitles[article];
		const name = title === undefined ? `article ${article}` : `${guillemets(title)} (${article})`;
		const quotes = q.evidence
			.filter((e) => e.article === article && !bare(q.explanation.fr).includes(bare(e.quote)))
			.map((e) => `<p>${escapeHtml(guillemets(e.quote))}</p>`);
		const label = `<p>${escapeHtml(`Source${NBSP}: ${name}`)}</p>`;
		return quotes.length === 0 ? label : `${label}<blockquote>${quotes.join('')}</blockquote>`;
	});
	return explanation + sources.join('');
}
