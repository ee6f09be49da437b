import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SetKind } from '../questions/schema';
import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };

/** Every .svelte and .ts file of the app (not the specs). */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(svelte|ts)$/u.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
	});
}

function node(tree: Tree, key: string): string | Tree | undefined {
	let at: string | Tree | undefined = tree;
	for (const part of key.split('.')) at = typeof at === 'object' ? at[part] : undefined;
	return at;
}

/** A key a component can show: a string, or the `_one`/`_other` forms of a plural. */
function shows(tree: Tree, key: string): boolean {
	return typeof node(tree, key) === 'string' || typeof node(tree, `${key}_other`) === 'string';
}

/**
 * A locale with its namespaces loaded apart by the pages that need them (`assign-take.fr.json` is
 * `assign.take` in French).
 */
function full(lang: 'fr' | 'en'): Tree {
	const tree = structuredClone((lang === 'fr' ? fr : en) as Tree);
	for (const file of readdirSync('src/lib/i18n').filter((f) => f.endsWith(`.${lang}.json`))) {
		const path = file.replace(`.${lang}.json`, '').split('-');
		let at = tree;
		for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Tree;
		const last = path.at(-1)!;
		const add = JSON.parse(readFileSync(join('src/lib/i18n', file), 'utf8')) as Tree;
		at[last] = { ...((at[last] as Tree | undefined) ?? {}), ...add };
	}
	return tree;
}

const code = sources('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const literal = code.flatMap(({ path, text }) =>
	[...text.matchAll(/\bt(?:Around)?\((['`])([\w.-]+)\1/gu)].map((m) => ({ path, key: m[2]! }))
);
const dynamic = code.flatMap(({ path, text }) =>
	[...text.matchAll(/\bt\(`([\w.-]+)\.\$\{/gu)].map((m) => ({ path, prefix: m[1]! }))
);

describe('keys the interface uses', () => {
	test('are found in the code (the scan works)', () => {
		expect(literal.length).toBeGreaterThan(50);
		expect(dynamic.length).toBeGreaterThan(3);
	});

	test.each(['fr', 'en'] as const)(
		'every literal key exists in %s, so no raw key shows',
		(lang) => {
			const tree = full(lang);
			const missing = literal.filter(({ key }) => !shows(tree, key));
			expect(missing).toEqual([]);
		}
	);

	test.each(['fr', 'en'] as const)('every built key has its family of keys in %s', (lang) => {
		const tree = full(lang);
		const missing = dynamic.filter(({ prefix }) => typeof node(tree, prefix) !== 'object');
		expect(missing).toEqual([]);
		for (const kind of SetKind.options) expect(shows(tree, `kinds.${kind}`), kind).toBe(true);
	});
});
