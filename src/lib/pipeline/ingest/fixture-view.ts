import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanArticle } from '../types';
import { ingest } from './ingest';

/** Where the ingest fixture folders are, from the project root. */
export const FIXTURES = 'src/lib/pipeline/ingest/fixtures';

/** What a fixture's `expected.json` records of the ingested article, in reviewable form. */
export function fixtureView(article: CleanArticle) {
	return {
		title: article.title,
		meta: article.meta,
		sentences: article.sentences.length,
		paragraphs: article.paragraphs.map((p) => ({
			kind: p.kind,
			text: article.text.slice(p.start, p.end)
		})),
		removed: article.removed
	};
}

/** Every fixture case: its name, its ingested input and the path of its expected result. */
export function fixtureCases(root = FIXTURES) {
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => {
			const dir = join(root, d.name);
			const input = readdirSync(dir).find((f) => f.startsWith('input.'));
			if (!input) throw new Error(`${dir}: no input.* file`);
			const article = ingest({ name: input, bytes: readFileSync(join(dir, input)) });
			return { name: d.name, view: fixtureView(article), expected: join(dir, 'expected.json') };
		});
}
