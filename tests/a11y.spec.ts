import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { articles } from './articles';

const pages = ['/', ...articles.map((a) => `/articles/${a.id}`)];

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
	);
	expect(summary).toEqual([]);
}

for (const width of [1280, 360]) {
	for (const language of ['Français', 'English']) {
		for (const path of pages) {
			test(`no axe violation on ${path} in ${language} at ${width}px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 800 });
				await page.goto(path);
				await page.locator('html[data-ready]').waitFor();
				await page.getByRole('button', { name: language }).click();
				await expectNoViolations(page);
				// Nothing may overflow sideways on a narrow phone.
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow).toBeLessThanOrEqual(0);
				if (path !== '/') {
					await page.locator('details summary').click();
					await expectNoViolations(page);
				}
			});
		}
	}
}

test('no axe violation with a passage highlighted', async ({ page }) => {
	const article = articles[1]!;
	const s = article.sentences[2]!;
	await page.goto(`/articles/${article.id}#passage-${s.start}-${s.end}`);
	await expect(page.locator('mark.passage')).toBeFocused();
	await expectNoViolations(page);
});

test('keyboard alone reaches the skip link, the language switch and an article', async ({
	page
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Les quiz', exact: true })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Enseignants', exact: true })).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'See the quizzes' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator('a[href^="/articles/"]').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/articles\//u);
});
