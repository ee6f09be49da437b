import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sets } from './sets';

// The chronology set has an ordering question and single choices: both kinds of answer space.
const set = sets.find((s) => s.questions.some((q) => q.type === 'ordering'))!;
const matching = sets.find((s) => s.questions.some((q) => q.type === 'matching'))!;

test('a set prints as questions with room to answer, then the answer key on a new page', async ({
	page
}) => {
	await page.goto(`/sets/${set.id}/print`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(set.title.fr);
	const questions = page.locator('.sheet > li');
	await expect(questions).toHaveCount(set.questions.length);
	for (const [k, q] of set.questions.entries()) {
		const item = questions.nth(k);
		await expect(item.getByRole('heading')).toHaveText(`Question ${k + 1}`);
		await expect(item.locator('.prompt')).toHaveText(q.prompt.replace(/\s+/gu, ' ').trim());
		if (q.type === 'ordering') {
			await expect(item).toContainText(`Numérotez les éléments de 1 à ${q.items.length}`);
			await expect(item.locator('.items li .box')).toHaveCount(q.items.length);
		} else if ('choices' in q) {
			await expect(item.locator('.choices li .box')).toHaveCount(q.choices.length);
		}
	}
	// The key comes after every question and names each answer's passage.
	const key = page.getByRole('region', { name: 'Corrigé' });
	const keyItems = key.locator('ol > li');
	await expect(keyItems).toHaveCount(set.questions.length);
	for (const [k, q] of set.questions.entries()) {
		const item = keyItems.nth(k);
		if (q.type === 'ordering') {
			const first = q.items.find((i) => i.id === q.order[0])!;
			await expect(item).toContainText(`1 — ${first.text}`);
		} else if ('choices' in q) {
			const at = q.choices.findIndex((c) => c.correct);
			await expect(item).toContainText(`${String.fromCharCode(65 + at)} — ${q.choices[at]!.text}`);
		}
		await expect(item.locator('.source q').first()).toHaveText(q.evidence[0]!.quote);
		await expect(item.locator('.source').first()).toContainText(/paragraphe \d+/u);
	}
	const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
	expect((await box('.key')).y).toBeGreaterThan((await box('.sheet')).y);

	// In print: no site header, footer nor buttons; the key starts a new page.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('body > div > header')).toBeHidden();
	await expect(page.locator('footer')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
	await expect(page.locator('.key')).toHaveCSS('break-before', 'page');
	await expect(page.locator('.sheet > li').first()).toBeVisible();
});

test('matching questions print numbered items and lettered answers', async ({ page }) => {
	await page.goto(`/sets/${matching.id}/print`);
	const q = matching.questions.find((x) => x.type === 'matching')!;
	if (q.type !== 'matching') throw new Error('no matching question');
	const k = matching.questions.indexOf(q);
	const item = page.locator('.sheet > li').nth(k);
	await expect(item.locator('.left li')).toHaveCount(q.left.length);
	await expect(item.locator('.right li').first()).toContainText(`A ${q.right[0]!.text}`);
	const pair = q.pairs.find((p) => p.left === q.left[0]!.id)!;
	const letter = String.fromCharCode(65 + q.right.findIndex((r) => r.id === pair.right));
	await expect(page.locator('.key ol > li').nth(k)).toContainText(`1 → ${letter}`);
});

test('the set page links its worksheet and its three export files', async ({ page, request }) => {
	await page.goto(`/sets/${set.id}`);
	await page.getByText('Pour l’enseignant').click();
	await page.getByRole('link', { name: 'Fiche à imprimer' }).click();
	await expect(page).toHaveURL(`/sets/${set.id}/print`);
	await page.goBack();
	await page.getByText('Pour l’enseignant').click();
	const expected = [
		// The host picks the type of a .gift file (no standard one); the build writes plain text.
		['GIFT (.gift)', `${set.id}.gift`, null],
		['Moodle XML (.xml)', `${set.id}.moodle.xml`, /^(application|text)\/xml/u],
		['QTI 2.1 (.zip)', `${set.id}.qti.zip`, /^application\/zip/u]
	] as const;
	for (const [name, file, type] of expected) {
		const link = page.getByRole('link', { name });
		await expect(link).toHaveAttribute('href', `/exports/${file}`);
		await expect(link).toHaveAttribute('download', '');
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toBe(file);
		const response = await request.get(`/exports/${file}`);
		expect(response.ok()).toBe(true);
		if (type) expect(response.headers()['content-type']).toMatch(type);
		const saved = readFileSync((await download.path())!);
		expect(saved.equals(await response.body())).toBe(true);
		if (file.endsWith('.zip')) expect(saved.subarray(0, 2).toString()).toBe('PK');
		else expect(saved.toString()).toContain(set.questions[1]!.id);
	}
});
