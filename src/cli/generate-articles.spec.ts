import {
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
	copyFileSync,
	mkdirSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArticles } from './generate-articles';

function workspace() {
	const root = mkdtempSync(join(tmpdir(), 'recoupe-'));
	const sources = join(root, 'sources');
	const articles = join(root, 'articles');
	mkdirSync(sources);
	for (const f of readdirSync('questions/sources').slice(0, 2)) {
		copyFileSync(join('questions/sources', f), join(sources, f));
	}
	return { sources, articles };
}

describe('generateArticles', () => {
	test('writes one article per source, byte-identical on a second run', () => {
		const dirs = workspace();
		const first = generateArticles({ ...dirs, check: false });
		expect(first.errors).toEqual([]);
		expect(first.written).toHaveLength(2);
		const bytes = readdirSync(dirs.articles).map((f) => readFileSync(join(dirs.articles, f)));
		const second = generateArticles({ ...dirs, check: false });
		expect(second.written).toEqual([]);
		expect(second.unchanged).toHaveLength(2);
		expect(readdirSync(dirs.articles).map((f) => readFileSync(join(dirs.articles, f)))).toEqual(
			bytes
		);
	});

	test('reports bad sources by name and still writes the good ones, leaving no temporary file', () => {
		const dirs = workspace();
		writeFileSync(join(dirs.sources, 'vide.txt'), '');
		writeFileSync(
			join(dirs.sources, 'english.txt'),
			'The council voted on Tuesday to renovate the pool, which has been closed for two years.'
		);
		writeFileSync(join(dirs.sources, 'binaire.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
		const report = generateArticles({ ...dirs, check: false });
		expect(report.written).toHaveLength(2);
		expect(report.errors).toHaveLength(3);
		expect(report.errors.join('\n')).toMatch(/vide\.txt: is empty/u);
		expect(report.errors.join('\n')).toMatch(
			/english\.txt: is not a French article \(it looks like English\)/u
		);
		expect(report.errors.join('\n')).toMatch(/binaire\.txt: looks like a binary file/u);
		expect(readdirSync(dirs.articles).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	test('--check names stale, missing and orphaned files and writes nothing', () => {
		const dirs = workspace();
		generateArticles({ ...dirs, check: false });
		const [first] = readdirSync(dirs.articles);
		writeFileSync(join(dirs.articles, first!), '{}\n');
		writeFileSync(join(dirs.articles, 'orphan.json'), '{}\n');
		const report = generateArticles({ ...dirs, check: true });
		expect(report.stale.sort()).toEqual([
			join(dirs.articles, first!),
			join(dirs.articles, 'orphan.json')
		]);
		expect(readFileSync(join(dirs.articles, first!), 'utf8')).toBe('{}\n');
	});

	test('keeps the article of a source that became unreadable, and deletes the one whose source is gone', () => {
		const dirs = workspace();
		generateArticles({ ...dirs, check: false });
		const [a, b] = readdirSync(dirs.sources);
		writeFileSync(join(dirs.sources, a!), '');
		writeFileSync(join(dirs.articles, 'gone.json'), '{}\n');
		const report = generateArticles({ ...dirs, check: false });
		expect(report.errors).toHaveLength(1);
		expect(readdirSync(dirs.articles).sort()).toEqual(
			[a!, b!].map((f) => f.replace(/\.txt$/u, '.json')).sort()
		);
		expect(report.deleted).toEqual([join(dirs.articles, 'gone.json')]);
	});
});
