import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES } from './fixture-view';
import { ingest } from './ingest';
import { normalize } from './normalize';

/**
 * Properties every real article must keep through ingest, checked on the seeds and on every
 * corpus-dev article (from ../shared when it is there, else the copies in the fixtures).
 */
const SHARED_CORPUS = process.env.RECOUPE_CORPUS_DEV ?? '../shared/corpus-dev';

function corpus(): { name: string; bytes: Buffer; body: string }[] {
	const seeds = readdirSync('questions/sources').map((f) => {
		const bytes = readFileSync(join('questions/sources', f));
		return { name: f, bytes, body: bytes.toString('utf8') };
	});
	const dev = existsSync(SHARED_CORPUS)
		? readdirSync(SHARED_CORPUS)
				.filter((f) => f.endsWith('.json'))
				.map((f) => join(SHARED_CORPUS, f))
		: readdirSync(FIXTURES)
				.filter((d) => d.startsWith('corpus-dev-'))
				.map((d) => join(FIXTURES, d, 'input.json'));
	const records = dev.map((path) => {
		const bytes = readFileSync(path);
		const record = JSON.parse(bytes.toString('utf8')) as Record<string, string>;
		const body = [record.title, record.heading, record.article].join('\n');
		return { name: path.replace(/^.*\//u, ''), bytes, body };
	});
	return [...seeds, ...records];
}

/** Counts of every non-space character: equal counts mean nothing lost and nothing invented. */
/** Characters and how often, spaces aside; `«` and `»` as one (a page's may be turned round). */
function characters(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const c of text.replace(/\s+/gu, '').replaceAll('»', '«'))
		counts.set(c, (counts.get(c) ?? 0) + 1);
	return counts;
}

const articles = corpus();

test('the corpus is all there: 5 seeds and the corpus-dev articles', () => {
	expect(articles.length).toBeGreaterThanOrEqual(8);
});

describe.each(articles)('$name', ({ name, bytes, body }) => {
	const article = ingest({ name, bytes });

	test('every character of the page is in the text, the title or a recorded removal', () => {
		const out = [article.title ?? '', article.text, ...article.removed.map((r) => r.text)].join('');
		expect(characters(out)).toEqual(characters(normalize(body)));
	});

	test('paragraphs and sentences tile the text in order, without spaces at their edges', () => {
		let at = 0;
		for (const p of article.paragraphs) {
			expect(p.start).toBeGreaterThanOrEqual(at);
			const text = article.text.slice(p.start, p.end);
			expect(text).toBe(text.trim());
			at = p.end;
		}
		for (const [i, s] of article.sentences.entries()) {
			const p = article.paragraphs[s.paragraph]!;
			expect(s.start).toBeGreaterThanOrEqual(p.start);
			expect(s.end).toBeLessThanOrEqual(p.end);
			if (i > 0) expect(s.start).toBeGreaterThanOrEqual(article.sentences[i - 1]!.end);
		}
		// Everything but spaces between sentences belongs to a sentence.
		const covered = article.sentences.map((s) => article.text.slice(s.start, s.end)).join('');
		expect(covered.replace(/\s/gu, '')).toBe(article.text.replace(/\s/gu, ''));
	});

	test('no sentence is glued to the next or starts with a closing quote or a lower-case word', () => {
		for (const s of article.sentences) {
			const sentence = article.text.slice(s.start, s.end);
			expect(sentence).not.toMatch(/\p{Ll}{2}[.!?]["»]?\p{Lu}\p{Ll}/u);
			expect(sentence).not.toMatch(/^[»”]/u);
			// A sub-heading may start in lower case where the page lost a linked word; a sentence may not.
			if (article.paragraphs[s.paragraph]!.kind !== 'heading')
				expect(sentence).not.toMatch(/^\p{Ll}/u);
		}
	});

	test('no page furniture is left in the text', () => {
		for (const p of article.paragraphs) {
			const text = article.text.slice(p.start, p.end);
			expect(text).not.toMatch(
				/^(?:Newsletter|Sommaire|Fermer|En ce moment|En direct|Petites annonces)$/iu
			);
			expect(text).not.toMatch(
				/Découvrir$|\[AFP[^\]]*\]|Abonnez[- ]vous|Cliquez pour|Via \p{Lu}+$/u
			);
		}
	});
});
