import type { CleanArticle } from '$lib/pipeline/types';

/** The generated articles, read at build time; pages get only what their load function returns. */
const modules = import.meta.glob<CleanArticle>('/questions/articles/*.json', {
	eager: true,
	import: 'default'
});

/** Every article, in id order. */
export const articles: CleanArticle[] = Object.values(modules).sort((a, b) =>
	a.id.localeCompare(b.id)
);

/** The article with this id, or undefined. */
export function findArticle(id: string): CleanArticle | undefined {
	return articles.find((a) => a.id === id);
}
