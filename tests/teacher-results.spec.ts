import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { grade } from '../src/lib/grading/grade';
import {
	decodeResult,
	itemAnalysis,
	regradeAll,
	selectAttempts,
	storeKey,
	assignmentId
} from '../src/lib/teacher/index';
import { assignment, fragment, goodCodes, pasted, questions, students } from './teacher-results';

const SYMBOL = { right: '✓', partial: '◐', wrong: '✗', blank: '–' } as const;
const VERDICT_FR = {
	right: 'Juste',
	partial: 'En partie juste',
	wrong: 'Faux',
	blank: 'Sans réponse'
};

async function openDashboard(page: Page) {
	await page.goto(`/teacher/results#${fragment}`);
	await expect(page.getByRole('heading', { name: 'Importer des résultats' })).toBeVisible();
}

/** The rows of the students × questions table. */
const resultRows = (page: Page) =>
	page.getByRole('region', { name: /Tableau des résultats|Results table/u }).locator('tbody tr');

async function importPasted(page: Page, text = pasted) {
	await page.getByLabel('Codes de résultat').fill(text);
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
}

/** The table's body rows as [name, cell texts..., total]. */
async function tableRows(page: Page): Promise<string[][]> {
	const table = page.getByRole('region', { name: /Tableau des résultats/u }).locator('table');
	return table
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) =>
				[...tr.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/gu, ' ').trim())
			)
		);
}

test('pasted codes: each is accepted or refused with its reason, and graded from its answers', async ({
	page
}) => {
	await openDashboard(page);
	await importPasted(page);

	// The live region sums it up; the list explains every code, in the order pasted.
	await expect(page.getByRole('status').filter({ hasText: 'accepté' })).toHaveText(
		'7 accepté(s), 3 refusé(s).'
	);
	const outcomes = page.locator('.outcomes li');
	await expect(outcomes).toHaveCount(10);
	for (const [k, s] of students.entries())
		await expect(outcomes.nth(k)).toContainText(`Accepté\u00a0: ${s.name}, tentative ${s.attempt}`);
	await expect(outcomes.nth(7)).toContainText('Refusé — le code est abîmé ou coupé');
	await expect(outcomes.nth(8)).toContainText('Refusé — ce code répond à un autre devoir.');
	await expect(outcomes.nth(9)).toContainText(
		'Refusé — ce code a déjà été importé (Alice Martin, tentative 1).'
	);

	// One row per student (Farid's best attempt, the second), symbols and their words.
	const rows = await tableRows(page);
	const byName = new Map(rows.map((r) => [r[0]!.split(' ').slice(0, 2).join(' '), r]));
	expect(byName.size).toBe(6);
	const best = students.filter((s) => !(s.name === 'Farid Haddad' && s.attempt === 1));
	const graded = regradeAll(
		questions,
		goodCodes.map((code) => {
			const decoded = decodeResult(code);
			if (!decoded.ok) throw new Error(`test code does not read: ${decoded.detail}`);
			return { code, result: decoded.result };
		}),
		grade
	);
	for (const s of best) {
		const row = byName.get(s.name)!;
		s.plans.forEach((plan, k) =>
			expect(row[k + 1], `${s.name} Q${k + 1}`).toBe(`${SYMBOL[plan]} ${VERDICT_FR[plan]}`)
		);
		const score = graded.find((g) => g.student === s.name && g.attempt === s.attempt)!.score;
		expect(row[5]).toBe(`${String(score).replace('.', ',')} sur 4`);
	}
	// Bruno's partly right answer is worth some, not all, of the point.
	const bruno = graded.find((g) => g.student === 'Bruno Petit')!;
	expect(bruno.grades[questions[1]!.id]!.points).toBeGreaterThan(0);
	expect(bruno.grades[questions[1]!.id]!.points).toBeLessThan(1);
	expect(byName.get('Farid Haddad')![0]).toContain('2 tentatives, n° 2 retenue');

	// Totals per question: the footer counts each verdict.
	const foot = page.locator('tfoot td').first();
	await expect(foot).toContainText('4 juste, 0 en partie, 2 faux, 0 sans réponse');

	// Sorting: by total, highest first, then lowest first; aria-sort says which.
	const total = page.getByRole('columnheader', { name: 'Total' });
	await total.getByRole('button').click();
	await expect(total).toHaveAttribute('aria-sort', 'descending');
	await expect(page.getByRole('columnheader', { name: 'Élève' })).toHaveAttribute(
		'aria-sort',
		'none'
	);
	let sorted = (await tableRows(page)).map((r) => r[0]!);
	expect(sorted[0]).toContain('Alice Martin');
	expect(sorted[5]).toContain('Emma Blanc');
	await total.getByRole('button').click();
	await expect(total).toHaveAttribute('aria-sort', 'ascending');
	sorted = (await tableRows(page)).map((r) => r[0]!);
	expect(sorted[0]).toContain('Emma Blanc');
	// By one question: those who got Q3 right come first.
	await page.getByRole('columnheader', { name: 'Q3' }).getByRole('button').click();
	sorted = (await tableRows(page)).map((r) => r[0]!);
	expect(
		sorted
			.slice(0, 3)
			.map((n) => n.split(' ')[0])
			.sort()
	).toEqual(['Alice', 'David', 'Farid']);

	// Item analysis: Moodle's figures on first attempts, as the library computes them.
	const first = selectAttempts(graded, 'first').map((s) => s.attempt);
	const stats = itemAnalysis(questions, first);
	const pct = new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 });
	const itemRows = page.getByRole('region', { name: /Analyse des questions/u }).locator('tbody tr');
	await expect(itemRows).toHaveCount(4);
	for (const [k, s] of stats.entries()) {
		const cells = itemRows.nth(k).locator('td');
		await expect(cells.nth(0)).toHaveText(pct.format(s.facility! / 100));
		await expect(cells.nth(1)).toHaveText(
			s.discrimination === null ? 'non calculable' : pct.format(s.discrimination / 100)
		);
		for (const c of s.choices.filter((c) => !c.correct && c.picked > 0))
			await expect(cells.nth(2)).toContainText(`${c.picked}\u00a0fois — ${c.text}`);
	}
	// The cloze's refused answer is counted as a wrong answer picked.
	await expect(itemRows.nth(2).locator('td').nth(2)).toContainText('fois — douze');
});

test('CSV download, kept across a reload, then delete all', async ({ page }) => {
	await openDashboard(page);
	await importPasted(page);
	await expect(resultRows(page).first()).toBeVisible();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger le tableau (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`recoupe-resultats-${assignmentId(assignment)}.csv`);
	const csv = readFileSync((await download.path())!, 'utf8');
	const lines = csv.replace(/^\uFEFF/u, '').split('\r\n');
	expect(lines[0]).toBe('Élève;Tentative;Q1;Q2;Q3;Q4;Total;Maximum');
	expect(lines).toHaveLength(7);
	const bruno = lines.find((l) => l.startsWith('Bruno Petit;'))!;
	expect(bruno).toMatch(/^Bruno Petit;1;1;0,\d+;0;1;2,\d+;4$/u);
	expect(lines.find((l) => l.startsWith('Farid Haddad;'))).toBe('Farid Haddad;2;1;1;1;0;3;4');

	// The browser keeps them: a reload shows the same table, and the store holds only codes.
	await page.reload();
	await expect(resultRows(page)).toHaveCount(6);
	const stored = await page.evaluate(
		(key) => localStorage.getItem(key),
		storeKey(assignmentId(assignment))
	);
	expect(JSON.parse(stored!).codes).toHaveLength(7);

	// Delete all asks first; cancelling keeps everything, confirming empties the dashboard.
	await page.getByRole('button', { name: 'Tout supprimer' }).click();
	await expect(page.getByText('Supprimer définitivement les 7 résultats importés')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Oui, tout supprimer' })).toBeFocused();
	await page.getByRole('button', { name: 'Annuler' }).click();
	await expect(resultRows(page)).toHaveCount(6);
	await page.getByRole('button', { name: 'Tout supprimer' }).click();
	await page.getByRole('button', { name: 'Oui, tout supprimer' }).click();
	await expect(page.getByText('Aucun résultat importé pour l’instant.')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'supprimés' })).toHaveText(
		'Tous les résultats de ce devoir ont été supprimés.'
	);
	await page.reload();
	await expect(page.getByText('Aucun résultat importé pour l’instant.')).toBeVisible();
});

test('in English: messages, table words and a comma-separated CSV', async ({ page }) => {
	await openDashboard(page);
	await page.locator('html[data-ready]').waitFor();
	await page.getByRole('button', { name: 'English' }).click();
	await page.getByLabel('Result codes').fill(pasted);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.locator('.outcomes li').nth(8)).toContainText(
		'Rejected — this code answers another assignment.'
	);
	await expect(page.locator('.outcomes li').nth(9)).toContainText(
		'this code was already imported (Alice Martin, attempt 1).'
	);
	await expect(resultRows(page).first().locator('td').first()).toContainText('Right');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the table (CSV)' }).click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/u, '');
	expect(csv.split('\r\n')[0]).toBe('Student,Attempt,Q1,Q2,Q3,Q4,Total,Maximum');
	expect(csv).toMatch(/\r\nBruno Petit,1,1,0\.\d+,0,1,2\.\d+,4/u);
});

test('files chosen or dropped are imported like pasted text', async ({ page }) => {
	await openDashboard(page);
	await page.getByLabel('Ou choisissez des fichiers de résultats').setInputFiles([
		{
			name: 'alice.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(`Élève : Alice\n${goodCodes[0]}\n`)
		},
		{ name: 'vide.txt', mimeType: 'text/plain', buffer: Buffer.from('rien') }
	]);
	await page.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(page.locator('.outcomes li').nth(0)).toContainText('Source\u00a0: alice.txt');
	await expect(page.locator('.outcomes li').nth(1)).toContainText(
		'Refusé — aucun code de résultat trouvé.'
	);
	// A drop on the zone: a DataTransfer built in the page, as a file manager would give it.
	const data = await page.evaluateHandle((text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], 'bruno.txt', { type: 'text/plain' }));
		return dt;
	}, goodCodes[1]!);
	await page.locator('.drop').dispatchEvent('drop', { dataTransfer: data });
	await expect(page.locator('.outcomes li').nth(0)).toContainText(
		'Accepté\u00a0: Bruno Petit, tentative 1'
	);
	await expect(resultRows(page)).toHaveCount(2);
	// Two papers, both right on Q1: that question is flagged, in words, and all figures are tentative.
	const q1 = page
		.getByRole('region', { name: /Analyse des questions/u })
		.locator('tbody tr')
		.first();
	await expect(q1).toContainText(
		'⚠ Tout le monde a juste : la question ne distingue pas les élèves.'.replace(' :', '\u00a0:')
	);
	await expect(q1).toContainText('Moins de 5 copies');
});

test('without a fragment, the teacher pastes the assignment link', async ({ page }) => {
	await page.goto('/teacher/results');
	const field = page.getByLabel('Lien du devoir');
	await field.fill('https://example.org/a#A1.pas-un-lien.abcdef');
	await page.getByRole('button', { name: 'Ouvrir le devoir' }).click();
	await expect(page.getByRole('alert')).not.toBeEmpty();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await field.fill(`https://recoupe.example/a#${fragment}`);
	await page.getByRole('button', { name: 'Ouvrir le devoir' }).click();
	await expect(page.getByText(`Devoir\u00a0: ${assignment.title}`)).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`#${fragment.replace(/\./gu, '\\.')}$`, 'u'));
});

test('a corrupted store is reported, not a blank page', async ({ page }) => {
	await page.goto('/teacher/results');
	await page.evaluate(
		(key) => localStorage.setItem(key, '{"v":1,"codes":[tronqué'),
		storeKey(assignmentId(assignment))
	);
	await page.goto(`/teacher/results#${fragment}`);
	await page.reload();
	await expect(page.getByRole('alert')).toContainText('sont illisibles');
	await importPasted(page, goodCodes[0]);
	await expect(resultRows(page)).toHaveCount(1);
	await page.reload();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(resultRows(page)).toHaveCount(1);
});

test('the dashboard offers the assignment as GIFT and Moodle XML, and its worksheet', async ({
	page
}) => {
	await openDashboard(page);
	const [gift] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger en GIFT' }).click()
	]);
	const text = readFileSync((await gift.path())!, 'utf8');
	for (const q of questions) expect(text).toContain(q.id);
	const [xml] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger en Moodle XML' }).click()
	]);
	expect(readFileSync((await xml.path())!, 'utf8')).toMatch(/^<\?xml[^>]*>\s*<quiz>/u);
	await page.getByRole('link', { name: 'Imprimer la fiche du devoir' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
	await expect(page.getByRole('heading', { name: /^Question \d$/u, level: 2 })).toHaveCount(4);
	await expect(page.getByRole('heading', { name: 'Corrigé' })).toBeVisible();
});
