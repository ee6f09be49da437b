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

const encoder = new TextEncoder();

function corpusTexts(): string[] {
	const texts = readdirSync('questions/sources').map((f) =>
		readFileSync(join('questions/sources', f), 'utf8')
	);
	const dev = '../shared/corpus-dev';
	if (existsSync(dev)) {
		for (const f of readdirSync(dev).filter((f) => f.endsWith('.json'))) {
			const record = JSON.parse(readFileSync(join(dev, f), 'utf8')) as { article: string };
			texts.push(record.article);
		}
	}
	return texts;
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

function pageWeight() {
	console.log('Page weight (gzipped JS + CSS a page loads; budget for a quiz page: 60 KB)');
	if (!existsSync('build/index.html')) {
		console.log('  no build/ yet: run `npm run build` first');
		return;
	}
	const pages = [
		'index.html',
		...readdirSync('build/articles')
			.filter((f) => f.endsWith('.html'))
			.map((f) => `articles/${f}`)
	];
	for (const page of pages.slice(0, 3)) {
		const html = readFileSync(join('build', page), 'utf8');
		const assets = new Set<string>();
		for (const m of html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/gu)) assets.add(m[1]!);
		for (const m of html.matchAll(/import\("([^"]+\.js)"\)/gu)) assets.add(m[1]!);
		let total = 0;
		for (const asset of assets) {
			const path = join('build', asset.replace(/^(?:\.\.?\/)+/u, '').replace(/^\//u, ''));
			if (existsSync(path)) total += gzipSync(readFileSync(path)).length;
		}
		const htmlGz = gzipSync(html).length;
		console.log(
			`  /${page.replace(/index\.html$|\.html$/u, '')}: ${(total / 1024).toFixed(1)} KB JS+CSS in ${assets.size} files, HTML ${(htmlGz / 1024).toFixed(1)} KB`
		);
	}
}

throughput();
pageWeight();
