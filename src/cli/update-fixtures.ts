/**
 * `npm run fixtures`: rewrites every ingest fixture's `expected.json` from the current code.
 * Review the diff: it is the change in behaviour the tests will hold the code to.
 */
import { fixtureCases } from '../lib/pipeline/ingest/fixture-view';
import { serialize } from '../lib/pipeline/serialize';
import { writeAtomic } from './write-atomic';

for (const { name, view, expected } of fixtureCases()) {
	writeAtomic(expected, serialize(view));
	console.log(`  wrote ${name}/expected.json`);
}
