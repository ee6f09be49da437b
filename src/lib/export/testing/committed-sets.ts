import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { QuestionSet } from '$lib/questions/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Every committed set (questions/sets/*.json), validated, in id order. */
export function committedSets(): QuestionSet[] {
	const dir = join(ROOT, 'questions/sets');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => v.parse(QuestionSet, JSON.parse(readFileSync(join(dir, name), 'utf8'))));
}

/** Article titles by id, from the committed articles (what the site passes to the exporters). */
export function committedArticleTitles(): Record<string, string> {
	const dir = join(ROOT, 'questions/articles');
	const titles: Record<string, string> = {};
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
		const article = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
			id: string;
			title: string;
		};
		titles[article.id] = article.title;
	}
	return titles;
}
