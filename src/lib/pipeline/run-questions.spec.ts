import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { choicesOf, QuestionSet, type Question } from '../questions/schema';
import { generateQuestions } from './run-questions';
import type { CleanArticle } from './types';
import type { Candidate } from './generate/candidate';
import { validate } from './validate/validate';

const articles = readdirSync('questions/articles').map(
	(f) => JSON.parse(readFileSync(`questions/articles/${f}`, 'utf8')) as CleanArticle
);
const byId = new Map(articles.map((a) => [a.id, a]));

/** What a stored question claims: its right answers are in the evidence, its wrong choices are not. */
function claimsOf(q: Question): { supports: string[]; contradicts: string[] } {
	if (q.type === 'cloze' || q.type === 'short')
		return { supports: [q.accept[0]!], contradicts: [] };
	if (q.type === 'true-false') return { supports: [], contradicts: [] };
	return {
		supports: choicesOf(q)
			.filter((c) => c.correct)
			.map((c) => c.text),
		contradicts: choicesOf(q)
			.filter((c) => !c.correct)
			.map((c) => c.text)
	};
}

/** Runs every hard check again on a written set, as a question would be checked before writing. */
function recheck(
	sets: ReturnType<typeof generateQuestions>['sets'],
	pool: Map<string, CleanArticle>
) {
	return sets.flatMap(
		(set) =>
			validate(
				set.questions.map(
					(question) =>
						({
							question,
							...claimsOf(question),
							// A family names the speaker or source as a learner knows them (`John Matze`
							// where the passage says `le patron de Parler`), and its categories are no
							// text of the article: its answers were checked against the passage when made.
							// A classified sentence is its own evidence.
							...(set.kind === 'comprehension'
								? {}
								: { supports: question.type === 'classification' ? [question.text] : [] }),
							asks: question.id,
							passage: question.id,
							score: 0
						}) as Candidate
				),
				{ articles: pool }
			).dropped
	);
}

describe('the committed question sets', () => {
	const files = readdirSync('questions/sets');
	test('there is one set per seed article that yields enough valid questions, and the report says why for the others', () => {
		const { reports } = generateQuestions(articles);
		const expected = reports
			.filter((r) => !r.skipped)
			.map((r) => `comprehension-${r.article}.json`);
		// Family sets (quotes-…, sources-…) are checked in families/families.spec.ts.
		expect(files.filter((f) => f.startsWith('comprehension-')).sort()).toEqual(expected.sort());
		expect(files.length).toBeGreaterThanOrEqual(4);
		const report = readFileSync('questions/REPORT.md', 'utf8');
		for (const r of reports.filter((x) => x.skipped))
			expect(report).toContain(`No set: ${r.skipped}`);
	});
	test.each(files)('%s matches the schema and every question passes the hard checks', (file) => {
		const set = JSON.parse(readFileSync(`questions/sets/${file}`, 'utf8'));
		expect(v.safeParse(QuestionSet, set).success).toBe(true);
		expect(recheck([set], byId)).toEqual([]);
		for (const q of set.questions) {
			for (const e of q.evidence)
				expect(byId.get(e.article)!.text.slice(e.start, e.end)).toBe(e.quote);
		}
	});
	test('question ids are unique and stable across runs', () => {
		const once = generateQuestions(articles);
		const twice = generateQuestions(articles);
		expect(JSON.stringify(once.sets)).toBe(JSON.stringify(twice.sets));
		const ids = once.sets.flatMap((s) => s.questions.map((q) => q.id));
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('property: any subset of the corpus, perturbed, yields only valid questions', () => {
	/** Perturbations that keep an article valid: drop paragraphs from the end, reorder the corpus. */
	const truncate = (a: CleanArticle, keep: number): CleanArticle => {
		const paragraphs = a.paragraphs.slice(0, Math.max(1, keep));
		const end = paragraphs.at(-1)!.end;
		return {
			...a,
			id: `${a.id}-${keep}`,
			text: a.text.slice(0, end),
			paragraphs,
			sentences: a.sentences.filter((s) => s.end <= end)
		};
	};
	test('generation never throws and every emitted question passes validation', () => {
		fc.assert(
			fc.property(
				fc.subarray(articles, { minLength: 1 }),
				fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 5, maxLength: 5 }),
				(subset, keeps) => {
					const corpus = subset.map((a, i) => truncate(a, keeps[i]!));
					const out = generateQuestions(corpus);
					const pool = new Map(corpus.map((a) => [a.id, a]));
					expect(recheck(out.sets, pool)).toEqual([]);
					for (const set of out.sets) expect(v.safeParse(QuestionSet, set).success).toBe(true);
				}
			),
			{ numRuns: 25 }
		);
	});
});
