import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../lib/pipeline/ingest/errors';
import { articleId, ingest } from '../lib/pipeline/ingest/ingest';
import { serialize } from '../lib/pipeline/serialize';
import { writeAtomic } from './write-atomic';

/** Where `generate` reads and writes, and whether it only checks. */
export interface GenerateOptions {
	sources: string;
	articles: string;
	check: boolean;
}

/** What a run did, for the summary line and the exit code. */
export interface GenerateReport {
	written: string[];
	unchanged: string[];
	stale: string[];
	deleted: string[];
	errors: string[];
	bytesIn: number;
	ms: number;
}

/**
 * Runs the ingest stage over every source file and writes (or, with `check`, compares) one
 * cleaned article per source. A bad source is reported and skipped; the others still go through.
 */
export function generateArticles({ sources, articles, check }: GenerateOptions): GenerateReport {
	const started = performance.now();
	const report: GenerateReport = {
		written: [],
		unchanged: [],
		stale: [],
		deleted: [],
		errors: [],
		bytesIn: 0,
		ms: 0
	};
	if (!existsSync(sources)) {
		report.errors.push(`${sources}: source folder not found`);
		return report;
	}
	const expected = new Map<string, string>();
	const failed = new Set<string>();
	for (const name of readdirSync(sources).sort()) {
		if (name.startsWith('.')) continue;
		const path = join(sources, name);
		try {
			const bytes = readFileSync(path);
			report.bytesIn += bytes.length;
			const article = ingest({ name, bytes });
			const out = join(articles, `${article.id}.json`);
			if (expected.has(out))
				throw new IngestError(
					name,
					'unreadable-format',
					`gives the same article id "${article.id}" as another source; rename one`
				);
			expected.set(out, serialize(article));
		} catch (e) {
			const message =
				e instanceof IngestError
					? e.message.replace(name, path)
					: `${path}: ${(e as Error).message}`;
			report.errors.push(message);
			failed.add(join(articles, `${articleId(name)}.json`));
		}
	}
	for (const [path, content] of expected) {
		const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
		if (current === content) report.unchanged.push(path);
		else if (check) report.stale.push(path);
		else {
			writeAtomic(path, content);
			report.written.push(path);
		}
	}
	const orphans = existsSync(articles)
		? readdirSync(articles)
				.filter((f) => f.endsWith('.json'))
				.map((f) => join(articles, f))
				.filter((p) => !expected.has(p))
		: [];
	for (const path of orphans) {
		// An output whose source failed is kept: a bad edit to a source must not delete its article.
		if (failed.has(path)) continue;
		if (check) report.stale.push(path);
		else {
			rmSync(path);
			report.deleted.push(path);
		}
	}
	report.ms = performance.now() - started;
	return report;
}
