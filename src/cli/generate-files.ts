import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../lib/pipeline/ingest/errors';
import { articleId, ingest } from '../lib/pipeline/ingest/ingest';
import { generateQuestions } from '../lib/pipeline/run-questions';
import { serialize } from '../lib/pipeline/serialize';
import type { CleanArticle } from '../lib/pipeline/types';
import { writeAtomic } from './write-atomic';

/** Where `generate` reads sources and writes the questions folder, and whether it only checks. */
export interface GenerateOptions {
	/** Folder of raw articles. */
	input: string;
	/** The questions folder: `articles/`, `sets/`, `index.json`, `REPORT.md` go in it. */
	output: string;
	check: boolean;
}

/** What a run did, for the summary line and the exit code. */
export interface GenerateReport {
	written: string[];
	unchanged: string[];
	stale: string[];
	deleted: string[];
	errors: string[];
	articles: number;
	sets: number;
	questions: number;
	bytesIn: number;
	ms: number;
}

/** Folders whose every file `generate` owns: a file there that it did not produce is deleted. */
const OWNED = ['articles', 'sets'];

/**
 * Runs the whole pipeline: ingest every source, generate the question sets, and write (or, with
 * `check`, compare) every output file. A bad source is reported and skipped, and its previous
 * outputs are kept; the other sources still produce theirs. Writes are atomic.
 */
export function generate({ input, output, check }: GenerateOptions): GenerateReport {
	const started = performance.now();
	const report: GenerateReport = {
		written: [],
		unchanged: [],
		stale: [],
		deleted: [],
		errors: [],
		articles: 0,
		sets: 0,
		questions: 0,
		bytesIn: 0,
		ms: 0
	};
	if (!existsSync(input)) {
		report.errors.push(`${input}: source folder not found`);
		return report;
	}
	const articles: CleanArticle[] = [];
	const kept = new Set<string>();
	for (const name of readdirSync(input).sort()) {
		if (name.startsWith('.')) continue;
		const path = join(input, name);
		try {
			const bytes = readFileSync(path);
			report.bytesIn += bytes.length;
			const article = ingest({ name, bytes });
			if (articles.some((a) => a.id === article.id)) {
				throw new IngestError(
					name,
					'unreadable-format',
					`gives the same article id "${article.id}" as another source; rename one`
				);
			}
			articles.push(article);
		} catch (e) {
			report.errors.push(
				e instanceof IngestError
					? e.message.replace(name, path)
					: `${path}: ${(e as Error).message}`
			);
			const id = articleId(name);
			kept.add(join(output, 'articles', `${id}.json`));
			kept.add(join(output, 'sets', `comprehension-${id}.json`));
		}
	}
	const questions = generateQuestions(articles, report.errors);
	const expected = new Map<string, string>();
	for (const a of articles) expected.set(join(output, 'articles', `${a.id}.json`), serialize(a));
	for (const s of questions.sets) expected.set(join(output, 'sets', `${s.id}.json`), serialize(s));
	expected.set(join(output, 'index.json'), serialize(questions.index));
	expected.set(join(output, 'REPORT.md'), questions.report);
	report.articles = articles.length;
	report.sets = questions.sets.length;
	report.questions = questions.sets.reduce((n, s) => n + s.questions.length, 0);

	for (const [path, content] of expected) {
		const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
		if (current === content) report.unchanged.push(path);
		else if (check) report.stale.push(path);
		else {
			writeAtomic(path, content);
			report.written.push(path);
		}
	}
	for (const folder of OWNED.map((f) => join(output, f))) {
		if (!existsSync(folder)) continue;
		for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
			const path = join(folder, file);
			if (expected.has(path) || kept.has(path)) continue;
			if (check) report.stale.push(path);
			else {
				rmSync(path);
				report.deleted.push(path);
			}
		}
	}
	report.ms = performance.now() - started;
	return report;
}
