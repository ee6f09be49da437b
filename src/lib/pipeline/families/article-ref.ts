import { articleLabel } from '../generate/build-set';
import type { CleanArticle } from '../types';
import { guillemets } from '../generate/typography';

/**
 * How a prompt names an article so it stands alone: by its headline (`l’article intitulé « … »`),
 * else its outlet, else its first words (`l’article qui commence par « AWS a révoqué… »`).
 * `headline: false` skips the headline, for a prompt whose answer the headline would give away:
 * a set may span several articles, so a prompt never says just `l’article`.
 */
export function articleRef(article: CleanArticle, headline = true): { fr: string; en: string } {
	if (article.title && headline)
		return {
			fr: `l’article intitulé ${guillemets(article.title)}`,
			en: `the article “${article.title}”`
		};
	const label = articleLabel(article);
	if (article.meta.outlet)
		return {
			fr: `l’article de ${article.meta.outlet} qui commence par ${guillemets(label)}`,
			en: `the ${article.meta.outlet} article beginning “${label}”`
		};
	return {
		fr: `l’article qui commence par ${guillemets(label)}`,
		en: `the article beginning “${label}”`
	};
}
