import { expect, test } from '@playwright/test';
import { feasible, give, startSet, type Plan } from './quiz';
import { longest, sets } from './sets';

const PLANS: Plan[] = ['right', 'wrong', 'accentless', 'typo'];

test('every set is listed in the catalogue with its count, and the filters narrow it', async ({
	page
}) => {
	await page.goto('/sets');
	// The filters work once the page is hydrated: a choice made before is lost.
	await page.locator('html[data-ready]').waitFor();
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(sets.length);
	for (const set of sets) {
		const card = page.getByRole('article', { name: set.title.fr });
		await expect(card).toContainText(
			`${set.questions.length} question${set.questions.length > 1 ? 's' : ''}`
		);
	}
	const article = longest.articles[0]!;
	await page.getByRole('combobox', { name: 'Article' }).selectOption(article);
	const expected = sets.filter((s) => s.articles.includes(article)).length;
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(expected);
	await page.getByRole('button', { name: 'Effacer les filtres' }).click();
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(sets.length);
});

test('a whole set with right, wrong, accent-less and misspelt answers gets the right score', async ({
	page
}) => {
	await startSet(page, longest.id);
	let right = 0;
	for (const [i, q] of longest.questions.entries()) {
		const plan = feasible(q, PLANS[i % PLANS.length]!);
		await give(page, q, plan);
		await page.getByRole('button', { name: 'Vérifier' }).click();
		const verdict = plan === 'wrong' ? 'Faux' : 'Juste';
		await expect(page.locator('.feedback .verdict')).toContainText(verdict);
		if (plan === 'accentless') await expect(page.locator('.feedback')).toContainText('accents');
		if (plan === 'typo') await expect(page.locator('.feedback')).toContainText('orthographe');
		if (plan !== 'wrong') right++;
		const last = i === longest.questions.length - 1;
		await page.getByRole('button', { name: last ? 'Voir les résultats' : 'Suivante →' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Vos résultats' })).toBeFocused();
	await expect(page.locator('.score')).toHaveText(
		new RegExp(`Score\\s*:\\s*${right} sur ${longest.questions.length}\\s`, 'u')
	);
	await expect(page.locator('.review > li')).toHaveCount(longest.questions.length);
	const missed = longest.questions.length - right;
	if (missed > 0) {
		await page.getByRole('button', { name: /Refaire/u }).click();
		await expect(page.getByRole('heading', { name: `Question 1 sur ${missed}` })).toBeFocused();
	}
});

test('a reload mid-set resumes on the same question with every answer kept', async ({ page }) => {
	const [first, second] = longest.questions;
	await startSet(page, longest.id, 'end');
	await give(page, first!, 'right');
	// The order shown right after answering, to compare after the reload.
	const order = await page.locator('ol.order li .text').allTextContents();
	const picks = await page
		.locator('select')
		.evaluateAll((s) => s.map((e) => (e as HTMLSelectElement).value));
	await page.getByRole('button', { name: 'Suivante →' }).click();
	await give(page, second!, feasible(second!, 'wrong'));
	await page.reload();
	await expect(page.getByRole('heading', { name: /Question 2 sur/u })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Question 1, répondue' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Question 2, répondue' })).toBeVisible();
	await page.getByRole('button', { name: 'Question 1, répondue' }).click();
	if (first!.type === 'cloze' || first!.type === 'short')
		await expect(page.locator(`#answer-${first!.id}`)).toHaveValue(first!.accept[0]!);
	else if (first!.type === 'ordering')
		expect(await page.locator('ol.order li .text').allTextContents()).toEqual(order);
	else if (first!.type === 'matching')
		expect(
			await page.locator('select').evaluateAll((s) => s.map((e) => (e as HTMLSelectElement).value))
		).toEqual(picks);
	else await expect(page.locator('input:checked')).not.toHaveCount(0);
	// The catalogue offers to resume.
	await page.goto('/sets');
	await expect(page.getByRole('link', { name: /Reprendre \(2 sur/u })).toBeVisible();
});

test('feedback shows the passage, and its link opens the article there, highlighted', async ({
	page
}) => {
	const q = longest.questions[0]!;
	const e = q.evidence[0]!;
	await startSet(page, longest.id);
	await give(page, q, 'right');
	await page.getByRole('button', { name: 'Vérifier' }).click();
	await expect(page.locator('.feedback blockquote').first()).toHaveText(e.quote);
	await page
		.getByRole('link', { name: /Lire le passage dans l’article/u })
		.first()
		.click();
	await expect(page).toHaveURL(`/articles/${e.article}#passage-${e.start}-${e.end}`);
	await expect(page.locator('mark.passage')).toBeFocused();
	await expect(page.locator('mark.passage')).toHaveText(e.quote);
});

test('starting over asks first, then forgets the answers', async ({ page }) => {
	const set = sets[0]!;
	await startSet(page, set.id, 'end');
	await page.getByRole('button', { name: 'Terminer maintenant' }).click();
	const dialog = page.getByRole('alertdialog');
	await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Voir les résultats' }).click();
	await expect(page.locator('.score')).toContainText(`0 sur ${set.questions.length}`);
	await page.getByRole('button', { name: 'Recommencer' }).click();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('alertdialog')).toHaveCount(0);
	await page.getByRole('button', { name: 'Recommencer' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Recommencer' }).click();
	await expect(page.getByRole('button', { name: 'Commencer le quiz' })).toBeVisible();
	expect(await page.evaluate((id) => localStorage.getItem(`recoupe.progress.${id}`), set.id)).toBe(
		null
	);
});

test('without storage the quiz still works and says progress will not be kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('denied', 'SecurityError');
			}
		});
	});
	const q = longest.questions[0]!;
	await startSet(page, longest.id);
	await expect(page.getByRole('status').filter({ hasText: 'ne sera pas conservée' })).toBeVisible();
	await give(page, q, 'right');
	await page.getByRole('button', { name: 'Vérifier' }).click();
	await expect(page.locator('.feedback .verdict')).toContainText('Juste');
});

test('damaged saved progress is set aside and reported, never a blank page', async ({ page }) => {
	const id = longest.id;
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem(key, '{"v":1,"set":');
			sessionStorage.setItem('seeded', '1');
		}
	}, `recoupe.progress.${id}`);
	await page.goto(`/sets/${id}`);
	await expect(page.getByRole('status').filter({ hasText: 'endommagée' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Commencer le quiz' })).toBeEnabled();
	expect(await page.evaluate((k) => localStorage.getItem(k), `recoupe.corrupt.${id}`)).toBe(
		'{"v":1,"set":'
	);
});

test('in English, the whole interface of the quiz is English', async ({ page }) => {
	// A set opening on a question that can be answered wrongly by picking a choice.
	const set = sets.find((s) =>
		['single', 'true-false', 'classification'].includes(s.questions[0]!.type)
	)!;
	const q = set.questions[0]!;
	await page.goto('/sets');
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: 'English' }).click();
	await page.locator(`main a[href="/sets/${set.id}"]`).click();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByRole('heading', { name: /Question 1 of/u })).toBeFocused();
	await give(page, q, 'wrong');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('.feedback .verdict')).toContainText('Wrong');
	await expect(page.locator('.feedback .explanation')).toHaveText(q.explanation.en);
	await page.getByRole('button', { name: 'Finish now' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'See the results' }).click();
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
});
