import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sets } from './sets';
import { fragment, pasted } from './teacher-results';

const set = sets.find((s) => s.questions.some((q) => q.type === 'ordering'))!;

/** No axe violation, and nothing wider than the screen. */
async function check(page: Page, state: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${state} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
	);
	expect(summary).toEqual([]);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, state).toBeLessThanOrEqual(0);
}

for (const width of [1280, 360]) {
	for (const language of ['Français', 'English']) {
		const english = language === 'English';
		test(`results dashboard, every state, in ${language} at ${width}px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/teacher/results');
			await page.locator('html[data-ready]').waitFor();
			await page.getByRole('button', { name: language }).click();
			await check(page, 'no assignment');
			await page.locator('#assignment-link').fill('A1.abimé.xxxxxx');
			await page.locator('form.link button[type=submit]').click();
			await expect(page.getByRole('alert')).not.toBeEmpty();
			await check(page, 'bad link');
			await page.goto(`/teacher/results#${fragment}`);
			await expect(page.locator('#codes')).toBeVisible();
			await check(page, 'empty');
			await page.locator('#codes').fill(pasted);
			await page.locator('form.import button[type=submit]').click();
			await expect(page.locator('.outcomes li')).toHaveCount(10);
			await check(page, 'imported');
			await page.getByRole('button', { name: english ? 'Delete all' : 'Tout supprimer' }).click();
			await check(page, 'confirm delete');
			await page
				.getByRole('button', { name: english ? 'Yes, delete all' : 'Oui, tout supprimer' })
				.click();
			await check(page, 'deleted');
		});

		test(`worksheets and export links in ${language} at ${width}px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(`/sets/${set.id}`);
			await page.locator('html[data-ready]').waitFor();
			await page.getByRole('button', { name: language }).click();
			await page.locator('details.teacher summary').click();
			await check(page, 'set page, teacher links open');
			await page.goto(`/sets/${set.id}/print`);
			await check(page, 'set worksheet');
			await page.goto(`/teacher/print#${fragment}`);
			await expect(page.locator('.key')).toBeVisible();
			await check(page, 'assignment worksheet');
			await page.goto('/teacher/print');
			await check(page, 'worksheet without assignment');
		});
	}
}

test('keyboard alone: paste, import, sort and confirm delete', async ({ page }) => {
	await page.goto(`/teacher/results#${fragment}`);
	await page.locator('#codes').focus();
	await page.keyboard.insertText(pasted);
	await page.keyboard.press('Tab'); // file input
	await page.keyboard.press('Tab'); // import button
	await expect(page.getByRole('button', { name: 'Importer', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.outcomes li')).toHaveCount(10);
	const total = page.getByRole('columnheader', { name: 'Total' });
	await total.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(total).toHaveAttribute('aria-sort', 'descending');
	await page.keyboard.press('Space');
	await expect(total).toHaveAttribute('aria-sort', 'ascending');
	await page.getByRole('button', { name: 'Tout supprimer' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Oui, tout supprimer' })).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Tout supprimer' })).toBeFocused();
});
