import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fixtureCases } from './fixture-view';

// Each case's expected.json was written by `npm run fixtures` and reviewed by hand.
test.each(fixtureCases())('$name comes out as reviewed', ({ view, expected }) => {
	expect(view).toEqual(JSON.parse(readFileSync(expected, 'utf8')));
});
