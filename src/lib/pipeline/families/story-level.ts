import type { QuestionSet } from '../../questions/schema';
import { estimateLevel } from '../generate/build-set';
import type { CleanArticle } from '../types';

const LEVELS: QuestionSet['level'][] = ['B1', 'B2', 'C1'];

/**
 * The level of a set that reads several articles: the hardest of them, since a learner must read
 * them all (`B1` and `C1` articles make a `C1` set).
 */
export function storyLevel(articles: CleanArticle[]): QuestionSet['level'] {
	const levels = articles.map(estimateLevel);
	return levels.reduce(
		(a, b) => (LEVELS.indexOf(b) > LEVELS.indexOf(a) ? b : a),
		levels[0] ?? 'B1'
	);
}
