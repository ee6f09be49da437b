/**
 * `npm run generate`: turns `questions/sources/` into `questions/articles/`.
 * `npm run generate -- --check` writes nothing and fails, naming the files, when the committed
 * output is not what the sources produce.
 */
import { generateArticles } from './generate-articles';

const args = process.argv.slice(2);
const check = args.includes('--check');
const option = (name: string, fallback: string) => {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

const report = generateArticles({
	sources: option('--sources', 'questions/sources'),
	articles: option('--articles', 'questions/articles'),
	check
});

for (const error of report.errors) console.error(`✗ ${error}`);
for (const path of report.written) console.log(`  wrote ${path}`);
for (const path of report.deleted) console.log(`  deleted ${path} (its source is gone)`);
if (check && report.stale.length > 0) {
	console.error('✗ generated files are stale; run `npm run generate` and commit the result:');
	for (const path of report.stale) console.error(`    ${path}`);
}
const articles = report.written.length + report.unchanged.length + report.stale.length;
const kb = (report.bytesIn / 1024).toFixed(1);
console.log(
	`${check ? 'checked' : 'generated'} ${articles} articles from ${kb} KB of sources in ${report.ms.toFixed(0)} ms` +
		(report.errors.length ? `; ${report.errors.length} source(s) refused` : '')
);
process.exitCode = report.errors.length > 0 || (check && report.stale.length > 0) ? 1 : 0;
