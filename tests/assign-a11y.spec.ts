import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodeAssignment } from '../src/lib/teacher/assignment';
import { give } from './quiz';
import { createAssignment, setById } from './assign';

async function expectNoViolations(page: Page, state: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${state} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
	);
	expect(summary).toEqual([]);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `${state} overflows sideways`).toBeLessThanOrEqual(0);
}

const quotes = setById('quotes-bb7285d314');

for (const width of [1280, 360]) {
	for (const language of ['Français', 'English']) {
		test(`teacher and student pages have no axe violation, ${language}, ${width}px`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/teacher');
			await page.locator('html[data-ready]').waitFor();
			await page.getByRole('button', { name: language }).click();
			await page.locator('details').first().locator('summary').click();
			await expectNoViolations(page, 'teacher form');
			await page.getByRole('button', { name: /Créer le lien|Create the link/u }).click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expect(page.locator('#first-set')).toBeFocused();
			await expectNoViolations(page, 'teacher form with errors');
			const link = await createAssignment(page, {
				whole: [quotes.id],
				title: 'Accessibilité',
				attempts: '2'
			});
			await expect(page.getByRole('img', { name: /QR code/u }).locator('svg')).toBeVisible();
			await expectNoViolations(page, 'teacher link');

			await page.goto('/a#A1.broken.abcdef');
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoViolations(page, 'broken link');

			await page.goto(link);
			await page.reload();
			const name = page.getByLabel(/Votre prénom|Your first/u);
			await expect(name).toBeFocused();
			await expectNoViolations(page, 'name');
			await page.getByRole('button', { name: /Commencer le devoir|Start the assignment/u }).click();
			await expectNoViolations(page, 'name missing');
			await name.fill('Camille');
			await page.getByRole('button', { name: /Commencer le devoir|Start the assignment/u }).click();
			await expectNoViolations(page, 'question');
			await give(page, quotes.questions[0]!, 'wrong');
			await page.getByRole('button', { name: /^(Vérifier|Check)$/u }).click();
			await expectNoViolations(page, 'feedback');
			await page.getByRole('button', { name: /Terminer maintenant|Finish now/u }).click();
			await expectNoViolations(page, 'confirm');
			await page
				.getByRole('alertdialog')
				.getByRole('button', { name: /Voir les résultats|See the results/u })
				.click();
			await expect(page.getByLabel(/code de résultat|result code/u)).toBeVisible();
			await expectNoViolations(page, 'hand-in');
			expect(decodeAssignment(link).ok).toBe(true);
		});
	}
}

/** Presses Tab until `target` has focus (at most 60 times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 60; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

test('a teacher creates an assignment and copies its link with the keyboard only', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/teacher');
	// A whole set, with Space on its checkbox.
	await tabTo(page, page.getByRole('checkbox', { name: quotes.title.fr }));
	await page.keyboard.press('Space');
	// One question of another set, opening its list with Enter.
	const sources = setById('sources-bb7285d314');
	const summary = page.locator('summary', { hasText: sources.title.fr });
	await tabTo(page, summary);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	// Order: arrows move within a radio group.
	await tabTo(page, page.getByRole('radio', { name: /Le même ordre/u }));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: /Mélangé/u })).toBeChecked();
	await tabTo(page, page.getByLabel('Titre du devoir (obligatoire)'));
	await page.keyboard.type('Au clavier');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Le lien du devoir' })).toBeFocused();
	const link = await page.getByLabel('Lien à donner aux élèves').inputValue();
	const decoded = decodeAssignment(link);
	expect(decoded.ok && decoded.assignment).toMatchObject({
		title: 'Au clavier',
		shuffle: true,
		// Catalogue order: sets by id (quotes before sources), then question order.
		questionIds: [...quotes.questions.map((q) => q.id), sources.questions[0]!.id]
	});
	await tabTo(page, page.getByRole('button', { name: 'Copier le lien' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Lien copié.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});
