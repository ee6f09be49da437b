import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generate } from './generate-files';

/** A fresh questions folder with the first `n` seed sources in it. */
function workspace(n = 5) {
	const output = mkdtempSync(join(tmpdir(), 'recoupe-'));
	const input = join(output, 'sources');
	mkdirSync(input);
	for (const f of readdirSync('questions/sources').slice(0, n))
		copyFileSync(join('questions/sources', f), join(input, f));
	return { input, output, articles: join(output, 'articles'), sets: join(output, 'sets') };
}

const snapshot = (dir: string) =>
	readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('generate', () => {
	test('writes articles, sets, index and report, byte-identical on a second run', () => {
		const dirs = workspace();
		const first = generate({ ...dirs, check: false });
		expect(first.errors).toEqual([]);
		expect(readdirSync(dirs.articles)).toHaveLength(5);
		expect(readdirSync(dirs.sets)).toHaveLength(first.sets);
		expect(first.sets).toBeGreaterThan(0);
		expect(existsSync(join(dirs.output, 'index.json'))).toBe(true);
		expect(readFileSync(join(dirs.output, 'REPORT.md'), 'utf8')).toMatch(/^# Generation report/u);
		const before = [...snapshot(dirs.articles), ...snapshot(dirs.sets)];
		const second = generate({ ...dirs, check: false });
		expect(second.written).toEqual([]);
		expect([...snapshot(dirs.articles), ...snapshot(dirs.sets)]).toEqual(before);
	});

	test('reports bad sources by name and still writes the good ones, leaving no temporary file', () => {
		const dirs = workspace();
		writeFileSync(join(dirs.input, 'vide.txt'), '');
		writeFileSync(
			join(dirs.input, 'english.txt'),
			'The council voted on Tuesday to renovate the pool, which has been closed for two years.'
		);
		writeFileSync(join(dirs.input, 'binaire.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
		const report = generate({ ...dirs, check: false });
		expect(readdirSync(dirs.articles)).toHaveLength(5);
		expect(report.errors).toHaveLength(3);
		expect(report.errors.join('\n')).toMatch(/vide\.txt: is empty/u);
		expect(report.errors.join('\n')).toMatch(
			/english\.txt: is not a French article \(it looks like English\)/u
		);
		expect(report.errors.join('\n')).toMatch(/binaire\.txt: looks like a binary file/u);
		expect(readFileSync(join(dirs.output, 'REPORT.md'), 'utf8')).toMatch(
			/## Refused sources[^]*vide\.txt/u
		);
		for (const dir of [dirs.output, dirs.articles, dirs.sets]) {
			expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
		}
	});

	test('--check names stale and orphaned files and writes nothing', () => {
		const dirs = workspace();
		generate({ ...dirs, check: false });
		const [first] = readdirSync(dirs.articles);
		writeFileSync(join(dirs.articles, first!), '{}\n');
		writeFileSync(join(dirs.sets, 'orphan.json'), '{}\n');
		const report = generate({ ...dirs, check: true });
		expect(report.stale.sort()).toEqual(
			[join(dirs.articles, first!), join(dirs.sets, 'orphan.json')].sort()
		);
		expect(readFileSync(join(dirs.articles, first!), 'utf8')).toBe('{}\n');
	});

	test('keeps the outputs of a source that became unreadable, and deletes those whose source is gone', () => {
		const dirs = workspace();
		generate({ ...dirs, check: false });
		const sources = readdirSync(dirs.input).sort();
		const setsBefore = readdirSync(dirs.sets);
		const stem = (f: string) => f.replace(/\.[^.]+$/u, '');
		const broken = sources.find((f) => setsBefore.some((s) => s.includes(stem(f))))!;
		writeFileSync(join(dirs.input, broken), '');
		writeFileSync(join(dirs.articles, 'gone.json'), '{}\n');
		const report = generate({ ...dirs, check: false });
		expect(report.errors).toHaveLength(1);
		expect(readdirSync(dirs.articles).sort()).toEqual(sources.map((f) => `${stem(f)}.json`));
		// The broken source's set is kept as it was; the others are regenerated from the rest.
		expect(readdirSync(dirs.sets)).toContain(setsBefore.find((s) => s.includes(stem(broken))));
		// Sets built across articles (the media-literacy families) are rebuilt from the readable ones.
		const perArticle = report.deleted.filter(
			(p) => !/(?:quotes|sources|fact-opinion|cross-source|chronology)-/u.test(p)
		);
		expect(perArticle).toEqual([join(dirs.articles, 'gone.json')]);
	});
});
