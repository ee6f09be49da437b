import { expect, test } from '@playwright/test';
import { articles } from './articles';

test('home names the app, says what it is for and lists every article', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recoupe');
	await expect(page.getByText('Recouper ses sources')).toBeVisible();
	const items = page.getByRole('heading', { level: 3 });
	await expect(items).toHaveCount(articles.length);
	for (const article of articles) {
		const link = page.locator(`a[href="/articles/${article.id}"]`);
		await expect(link).toHaveText(article.title ?? 'Article sans titre');
	}
});

test('an untitled article is told apart by its first words', async ({ page }) => {
	const untitled = articles.find((a) => a.title === null);
	expect(untitled, 'the seed corpus has articles without a headline').toBeDefined();
	await page.goto('/');
	const first = untitled!.text.slice(0, 30);
	await expect(page.getByText(first, { exact: false }).first()).toBeVisible();
});

test('every article link opens its reader', async ({ page }) => {
	await page.goto('/');
	for (const article of articles) {
		await page.goto('/');
		await page.locator(`a[href="/articles/${article.id}"]`).click();
		await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
		await expect(page.locator('#p-1')).toBeVisible();
	}
});
