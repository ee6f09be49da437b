import { expect, test } from '@playwright/test';

test.describe('browser asking for English', () => {
	test.use({ locale: 'en-GB' });

	test('first visit follows the browser language', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { name: 'The articles' })).toBeVisible();
	});
});

test.describe('browser asking for neither language', () => {
	test.use({ locale: 'de-DE' });

	test('first visit falls back to French', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Les articles' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	});
});

test('the language choice switches the interface, not the article, and is remembered', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'The articles' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'The articles' })).toBeVisible();

	await page.locator('a[href^="/articles/"]').first().click();
	await expect(page.getByText('The article is shown as published, in French.')).toBeVisible();
	await expect(page.locator('div.article-text')).toHaveAttribute('lang', 'fr');

	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByText('Le texte de l’article est présenté tel que publié')).toBeVisible();
});

test('no interface text shows a raw translation key', async ({ page }) => {
	for (const lang of ['Français', 'English']) {
		await page.goto('/articles/004_a48c35482a6a8191');
		await page.locator('html[data-ready]').waitFor();
		await page.getByRole('button', { name: lang }).click();
		await page.locator('details summary').click();
		const body = await page.locator('body').innerText();
		expect(body).not.toMatch(/\b(?:app|nav|home|article|lang|error)\.[a-zA-Z.-]+\b/u);
	}
});

test('strings a page loads apart follow the language, on arrival and on a switch', async ({
	page
}) => {
	// English chosen on the home page, then a page whose own strings come after the choice.
	await page.goto('/');
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'The articles' })).toBeVisible();
	await page.getByRole('navigation').getByRole('link', { name: 'Quizzes' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
	await expect(page.getByText(/^Each quiz is drawn from one or more articles/u)).toBeVisible();
	await expect(page.getByRole('combobox').first().locator('option').first()).toHaveText(/All/u);

	// A part loaded late (a broken link's explanation) switches both ways.
	await page.goto('/a');
	await expect(page.getByRole('alert')).toHaveText(/holds no assignment/u);
	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.getByRole('heading', { name: /ne peut pas être ouvert/u })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveText(/ne contient pas de devoir/u);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: /cannot be opened/u })).toBeVisible();
});
