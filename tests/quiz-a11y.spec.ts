import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { give, startSet } from './quiz';
import { sets } from './sets';

/** Presses Tab until `target` has focus (at most 40 times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 40; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

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

for (const width of [1280, 360]) {
	for (const language of ['Français', 'English']) {
		test(`no axe violation in any quiz state, ${language}, ${width}px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/sets');
			await page.locator('html[data-ready]').waitFor();
			await page.getByRole('button', { name: language }).click();
			await expectNoViolations(page, 'catalogue');
			await page.locator('main a.button').first().click();
			await expect(page.locator('h1')).toBeVisible();
			await expectNoViolations(page, 'start');
			const set = sets[0]!;
			await page.getByRole('button', { name: /Commencer le quiz|Start the quiz/u }).click();
			await expectNoViolations(page, 'question');
			await give(page, set.questions[0]!, 'wrong');
			await page.getByRole('button', { name: /^(Vérifier|Check)$/u }).click();
			await expectNoViolations(page, 'feedback');
			await page.getByRole('button', { name: /Terminer maintenant|Finish now/u }).click();
			await expectNoViolations(page, 'confirm');
			await page
				.getByRole('alertdialog')
				.getByRole('button', { name: /Voir les résultats|See the results/u })
				.click();
			await expectNoViolations(page, 'review');
		});
	}
}

for (const set of sets) {
	test(`every question of ${set.id} renders without an axe violation`, async ({ page }) => {
		await startSet(page, set.id, 'end');
		for (const [i, q] of set.questions.entries()) {
			await expect(page.locator('legend')).toHaveText(q.prompt);
			await expectNoViolations(page, `question ${i + 1} (${q.type})`);
			if (i < set.questions.length - 1)
				await page.getByRole('button', { name: 'Passer →' }).click();
		}
	});
}

test('keyboard alone takes a set from the catalogue to the review', async ({ page }) => {
	// A set that opens on a question answered with one key press or by typing.
	const set = sets.find((s) =>
		['single', 'true-false', 'classification', 'cloze', 'short'].includes(s.questions[0]!.type)
	)!;
	const q = set.questions[0]!;
	await page.goto('/sets');
	const start = page.locator(`a[href="/sets/${set.id}"]`);
	await tabTo(page, start);
	await page.keyboard.press('Enter');
	const begin = page.getByRole('button', { name: 'Commencer le quiz' });
	await expect(begin).toBeEnabled();
	// Through the header, the back link and the feedback choice to the start button.
	await tabTo(page, begin);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /Question 1 sur/u })).toBeFocused();
	// Past the question navigation to the answer.
	const answer =
		q.type === 'cloze' || q.type === 'short'
			? page.locator(`#answer-${q.id}`)
			: page.locator(`input[name="answer-${q.id}"]`).first();
	await tabTo(page, answer);
	if (q.type === 'cloze' || q.type === 'short') await page.keyboard.type(q.accept[0]!);
	else await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	const check = page.getByRole('button', { name: 'Vérifier' });
	await tabTo(page, check);
	await page.keyboard.press('Enter');
	await expect(page.locator('[aria-live="polite"]').last()).not.toBeEmpty();
	const finishNow = page.getByRole('button', { name: 'Terminer maintenant' });
	const seeResults = page.getByRole('button', { name: 'Voir les résultats' });
	const target = (await finishNow.count()) > 0 ? finishNow : seeResults;
	await tabTo(page, target);
	await page.keyboard.press('Enter');
	if ((await page.getByRole('alertdialog').count()) > 0) {
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: 'Vos résultats' })).toBeFocused();
	await expect(page.locator('.review > li')).toHaveCount(set.questions.length);
});
