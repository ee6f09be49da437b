/**
 * `npm run bench`: prints the figures the budgets are about.
 * - Pipeline throughput: MB of article text ingested per second (budget: at least 1 MB/s), on the
 *   real corpus and on growing inputs, to show it scales linearly.
 * - Page weight: gzipped JS + CSS each built page loads (budget: 60 KB for a quiz page).
 * Figures, not pass/fail: a timed test would be flaky; a figure in a note is not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest } from '../lib/pipeline/ingest/ingest';
import { generateQuestions } from '../lib/pipeline/run-questions';

const encoder = new TextEncoder();

/** The raw source files: the seeds, and corpus-dev when it is beside the project. */
function corpusFiles(): { name: string; bytes: Uint8Array }[] {
	const files = readdirSync('questions/sources').map((name) => ({
		name,
		bytes: readFileSync(join('questions/sources', name))
	}));
	const dev = '../shared/corpus-dev';
	if (existsSync(dev)) {
		for (const name of readdirSync(dev).filter((f) => f.endsWith('.json'))) {
			files.push({ name, bytes: readFileSync(join(dev, name)) });
		}
	}
	return files;
}

function corpusTexts(): string[] {
	return corpusFiles().map((f) => new TextDecoder().decode(f.bytes));
}

/** Runs `work` until at least `minMs` have passed; returns milliseconds per run. */
function time(work: () => void, minMs = 400): number {
	work(); // warm-up
	let runs = 0;
	const start = performance.now();
	while (performance.now() - start < minMs) {
		work();
		runs++;
	}
	return (performance.now() - start) / runs;
}

function throughput() {
	const texts = corpusTexts();
	const files = texts.map((t, i) => ({ name: `a${i}.txt`, bytes: encoder.encode(t) }));
	const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
	const ms = time(() => files.forEach((f) => ingest(f)));
	console.log('Ingest throughput');
	console.log(
		`  corpus: ${files.length} articles, ${(bytes / 1024).toFixed(0)} KB in ${ms.toFixed(1)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`
	);
	// One article made of the corpus repeated, at growing sizes: time per MB should stay flat.
	const joined = texts.join('\n\n');
	console.log('  scaling (one input of growing size):');
	for (const kb of [16, 64, 256, 1024, 4096]) {
		let text = '';
		while (text.length < kb * 1024) text += joined + '\n\n';
		const input = encoder.encode(text.slice(0, kb * 1024));
		const t = time(() => ingest({ name: 'big.txt', bytes: input }), 300);
		const rate = input.length / 1e6 / (t / 1000);
		console.log(
			`    ${String(kb).padStart(5)} KB: ${t.toFixed(1).padStart(8)} ms, ${rate.toFixed(2)} MB/s, ${(t / (input.length / 1e6)).toFixed(0)} ms per MB`
		);
	}
}

/**
 * Gzipped bytes of the JS and CSS a built page loads on opening (its links, scripts and the
 * dynamic imports of its start script). Parts a page imports later are not counted: a broken
 * link's explanation, the end of an attempt on /a (loaded while the student answers), English
 * strings (fetched when chosen).
 */
function weightOf(page: string): { bytes: number; files: number } {
	const html = readFileSync(join('build', page), 'utf8');
	const assets = new Set<string>();
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/gu)) assets.add(m[1]!);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/gu)) assets.add(m[1]!);
	let bytes = 0;
	for (const asset of assets) {
		const path = join('build', asset.replace(/^(?:\.\.?\/)+/u, '').replace(/^\//u, ''));
		if (existsSync(path)) bytes += gzipSync(readFileSync(path)).length;
	}
	return { bytes, files: assets.size };
}

function pageWeight() {
	const BUDGET = 60 * 1024;
	console.log('Page weight (gzipped JS + CSS a page loads; budget for a quiz page: 60 KB)');
	if (!existsSync('build/index.html')) {
		console.log('  no build/ yet: run `npm run build` first');
		return;
	}
	const list = (dir: string) =>
		existsSync(join('build', dir))
			? readdirSync(join('build', dir))
					.filter((f) => f.endsWith('.html'))
					.map((f) => `${dir}/${f}`)
			: [];
	// The student's assignment page (/a) is a quiz page too.
	const quizzes = [...list('sets'), 'a.html'].filter((p) => existsSync(join('build', p)));
	const pages = [
		'index.html',
		'sets.html',
		list('articles')[0],
		quizzes[0],
		'teacher.html',
		'a.html'
	].filter((p): p is string => p !== undefined && existsSync(join('build', p)));
	const route = (page: string) => `/${page.replace(/index\.html$|\.html$/u, '')}`;
	const verdict = (bytes: number) => (bytes <= BUDGET ? 'within' : 'OVER');
	for (const page of pages) {
		const { bytes, files } = weightOf(page);
		const budget = quizzes.includes(page) ? `, quiz page: ${verdict(bytes)} the 60 KB budget` : '';
		console.log(
			`  ${route(page)}: ${(bytes / 1024).toFixed(1)} KB JS+CSS in ${files} files${budget}`
		);
	}
	if (quizzes.length > 0) {
		const [heaviest] = quizzes
			.map((page) => ({ page, bytes: weightOf(page).bytes }))
			.sort((x, y) => y.bytes - x.bytes);
		console.log(
			`  heaviest of ${quizzes.length} quiz pages (every set page and /a): ${route(heaviest!.page)}, ${(heaviest!.bytes / 1024).toFixed(1)} KB, ${verdict(heaviest!.bytes)} the 60 KB budget`
		);
	}
}

/** CPU milliseconds this process has used: every thread, the garbage collector's included. */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/**
 * Runs `work` once to warm up, then at least `minRuns` times and until `minMs` have passed; the
 * best run's wall and CPU milliseconds. The best, not the mean: on a shared machine, other
 * processes only ever slow a run down; and the first runs of a small input are still compiling.
 */
function best(
	work: () => void,
	minRuns: number,
	minMs: number
): { ms: number; cpu: number; runs: number } {
	work();
	let ms = Infinity;
	let cpu = Infinity;
	let runs = 0;
	const start = performance.now();
	for (; runs < minRuns || performance.now() - start < minMs; runs++) {
		const [t0, c0] = [performance.now(), cpuMs()];
		work();
		ms = Math.min(ms, performance.now() - t0);
		cpu = Math.min(cpu, cpuMs() - c0);
	}
	return { ms, cpu, runs };
}

/**
 * The whole generator (ingest, facts, questions, validation, selection) on 10, 100 and 1,000
 * articles, made by repeating the corpus under new names: best wall and CPU time, throughput for
 * each, memory and the ratio between sizes.
 */
function generatorScaling() {
	const base = corpusFiles();
	console.log('Generator, end to end (ingest + questions), corpus repeated under new ids');
	console.log('  (best run; CPU time counts every thread, the garbage collector included)');
	let previous: { n: number; ms: number } | null = null;
	for (const n of [10, 100, 1000]) {
		const files = Array.from({ length: n }, (_, i) => {
			const f = base[i % base.length]!;
			return { name: `copy${String(i).padStart(4, '0')}-${f.name}`, bytes: f.bytes };
		});
		const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
		globalThis.gc?.();
		const heapBefore = process.memoryUsage().heapUsed;
		let peak = heapBefore;
		const { ms, cpu, runs } = best(
			() => {
				const articles = files.map((f) => ingest(f));
				const out = generateQuestions(articles);
				peak = Math.max(peak, process.memoryUsage().heapUsed);
				if (out.sets.length === 0) throw new Error('no sets generated');
			},
			n >= 1000 ? 2 : n >= 100 ? 5 : 30,
			n >= 1000 ? 1 : 2000
		);
		const rate = (t: number) => (bytes / 1e6 / (t / 1000)).toFixed(2);
		const ratio = previous
			? ` (x${(ms / previous.ms).toFixed(1)} time for x${n / previous.n} articles)`
			: '';
		console.log(
			`  ${String(n).padStart(5)} articles, ${(bytes / 1024).toFixed(0).padStart(6)} KB: ${ms.toFixed(0).padStart(6)} ms wall ${rate(ms)} MB/s, ${cpu.toFixed(0).padStart(6)} ms CPU ${rate(cpu)} MB/s, heap +${((peak - heapBefore) / 1e6).toFixed(0)} MB, best of ${runs}${ratio}`
		);
		previous = { n, ms };
	}
}

if (!process.argv.includes('--pages')) throughput();
if (!process.argv.includes('--pages')) generatorScaling();
pageWeight();
