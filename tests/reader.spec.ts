import { expect, test } from '@playwright/test';
import { articles } from './articles';

for (const article of articles) {
	test(`reader shows ${article.id} whole, paragraph by paragraph and sentence by sentence`, async ({
		page
	}) => {
		await page.goto(`/articles/${article.id}`);
		if (article.title) await expect(page.locator('h1')).toHaveText(article.title);
		await expect(page.locator('.article-text .paragraph')).toHaveCount(article.paragraphs.length);
		await expect(page.locator('.article-text .sentence')).toHaveCount(article.sentences.length);
		// The reader shows exactly text.slice(start, end) for every paragraph and sentence.
		for (const [i, p] of article.paragraphs.entries()) {
			await expect(page.locator(`#p-${i + 1}`)).toHaveText(article.text.slice(p.start, p.end));
		}
		const last = article.sentences.length;
		const s = article.sentences[last - 1]!;
		await expect(page.locator(`#s-${last}`)).toHaveText(article.text.slice(s.start, s.end));
	});
}

test('a sentence anchor opens the article at that sentence, highlighted', async ({ page }) => {
	const article = articles[4]!;
	await page.goto(`/articles/${article.id}#s-5`);
	const sentence = page.locator('#s-5');
	await expect(sentence).toBeInViewport();
	const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('a passage link highlights exactly the passage and moves focus to it', async ({ page }) => {
	const article = articles[0]!;
	const s = article.sentences[3]!;
	const start = s.start + 3;
	const end = s.end - 2;
	await page.goto(`/articles/${article.id}#passage-${start}-${end}`);
	const mark = page.locator('mark.passage');
	await expect(mark).toHaveText(article.text.slice(start, end));
	await expect(mark).toBeFocused();
});

test('what was removed is shown on demand, with its reasons', async ({ page }) => {
	const article = articles.find((a) => a.removed.some((r) => r.reason === 'classified-ads'))!;
	await page.goto(`/articles/${article.id}`);
	const details = page.locator('details');
	await expect(details.locator('li').first()).toBeHidden();
	await details.locator('summary').click();
	await expect(details.locator('li')).toHaveCount(article.removed.length);
	await expect(details).toContainText('petite annonce');
	await expect(details).toContainText(article.removed[0]!.text);
});

test('an unknown article is a clear 404 page, not a blank one', async ({ page }) => {
	const response = await page.goto('/articles/nope');
	expect(response?.status()).toBe(404);
});
