import { readdirSync, readFileSync } from 'node:fs';
import type { CleanArticle } from '../src/lib/pipeline/types';

/** The generated articles the site is built from, to check pages against. */
export const articles: CleanArticle[] = readdirSync('questions/articles')
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(`questions/articles/${f}`, 'utf8')) as CleanArticle);
