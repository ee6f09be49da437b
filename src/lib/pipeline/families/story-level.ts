import type { QuestionSet } from '../../questions/schema';
import { estimateLevel } from '../generate/build-set';
import type { CleanArticle } from '../types';

const LEVELS: QuestionSet['level'][] = ['B1', 'B2', 'C1'];

const levels = new WeakMap<CleanArticle, QuestionSet['level']>();

/** An article's level, estimated once: every family's sets ask it of the same articles. */
export function articleLevel(article: CleanArticle): QuestionSet['level'] {
	let level = levels.get(article);
	if (level === undefined) levels.set(article, (level = estimateLevel(article)));
	return level;
}

/**
 * The level of a set that reads several articles: the hardest of them, since a learner must read
 * them all (`B1` and `C1` articles make a `C1` set).
 */
export function storyLevel(articles: CleanArticle[]): QuestionSet['level'] {
	const found = articles.map(articleLevel);
	return found.reduce((a, b) => (LEVELS.indexOf(b) > LEVELS.indexOf(a) ? b : a), found[0] ?? 'B1');
}
