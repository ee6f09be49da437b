/**
 * `npm run generate`: runs the pipeline over `questions/sources/` and writes `questions/`
 * (articles, question sets, index, report). Options: `--in DIR` (sources), `--out DIR` (questions
 * folder), `--check` (write nothing; fail, naming the files, when the committed output is stale).
 */
import { generate } from './generate-files';

const args = process.argv.slice(2);
const check = args.includes('--check');
const option = (name: string, fallback: string) => {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};

const report = generate({
	input: option('--in', 'questions/sources'),
	output: option('--out', 'questions'),
	check
});

for (const error of report.errors) console.error(`✗ ${error}`);
for (const path of report.written) console.log(`  wrote ${path}`);
for (const path of report.deleted) console.log(`  deleted ${path} (no longer produced)`);
if (check && report.stale.length > 0) {
	console.error('✗ generated files are stale; run `npm run generate` and commit the result:');
	for (const path of report.stale) console.error(`    ${path}`);
}
const kb = (report.bytesIn / 1024).toFixed(1);
console.log(
	`${check ? 'checked' : 'generated'} ${report.articles} articles, ${report.sets} sets, ${report.questions} questions from ${kb} KB of sources in ${report.ms.toFixed(0)} ms` +
		(report.errors.length ? `; ${report.errors.length} source(s) refused` : '')
);
process.exitCode = report.errors.length > 0 || (check && report.stale.length > 0) ? 1 : 0;
