import { expect, test, type BrowserContext } from '@playwright/test';
import { encodeAssignment, type Assignment } from '../src/lib/teacher/assignment';
import { seal } from '../src/lib/teacher/envelope';
import { studentOrder } from '../src/lib/teacher/student-order';
import { answerAll, createAssignment, enterName, setById } from './assign';

const quotes = setById('quotes-bb7285d314');

function assignment(over: Partial<Assignment> = {}): Assignment {
	return {
		v: 1,
		title: 'Qui parle ?',
		setIds: [quotes.id],
		questionIds: quotes.questions.slice(0, 3).map((q) => q.id),
		shuffle: false,
		feedback: 'each',
		attempts: 1,
		due: null,
		created: '2026-11-23T10:00:00.000Z',
		...over
	};
}

/** Changes one character of the payload: what a mangled copy and paste does. */
function damage(code: string): string {
	const i = Math.floor(code.length / 2);
	return code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1);
}

for (const [language, heading, says] of [
	['fr-FR', 'Ce lien de devoir ne peut pas être ouvert', /a été abîmé/u],
	['en-GB', 'This assignment link cannot be opened', /has been damaged/u]
] as const) {
	test(`a damaged link is detected and explained, never a blank page (${language})`, async ({
		browser
	}) => {
		const context = await browser.newContext({ locale: language });
		const page = await context.newPage();
		await page.goto(`/a#${damage(encodeAssignment(assignment()))}`);
		await expect(page.getByRole('heading', { name: heading })).toBeFocused();
		await expect(page.getByRole('alert')).toHaveText(says);
		await expect(page.getByLabel(/Votre prénom|Your first/u)).toHaveCount(0);
		await context.close();
	});
}

test('each kind of broken link has its own explanation', async ({ page }) => {
	const cases: [string, RegExp][] = [
		['', /ne contient pas de devoir/u],
		[encodeAssignment(assignment()).slice(0, 40), /incomplet/u],
		[seal('A', 2, { t: 'x' }), /autre version de Recoupe/u],
		[seal('A', 1, { t: 'x' }), /ne décrit pas un devoir valide/u],
		[
			encodeAssignment(assignment({ setIds: ['nope'], questionIds: ['q-ffffffffff'] })),
			/Aucune des questions/u
		]
	];
	for (const [hash, says] of cases) {
		await page.goto(`/a#${hash}`);
		await page.evaluate(() => location.reload());
		await expect(page.getByRole('alert')).toHaveText(says);
	}
});

test('questions gone since the link was made are announced, the others are run', async ({
	page
}) => {
	const ids = [quotes.questions[0]!.id, 'q-ffffffffff', quotes.questions[1]!.id];
	await page.goto(`/a#${encodeAssignment(assignment({ questionIds: ids }))}`);
	await expect(page.getByText(/1 question de ce devoir n’existe plus/u)).toBeVisible();
	await expect(page.getByText('2 questions', { exact: true })).toBeVisible();
	await enterName(page, 'Noé');
	await expect(page.getByRole('heading', { name: 'Question 1 sur 2' })).toBeVisible();
});

test('shuffled: each student gets their own stable order, feedback after each question', async ({
	page
}) => {
	const a = assignment({ shuffle: true, questionIds: quotes.questions.map((q) => q.id) });
	await page.goto(`/a#${encodeAssignment(a)}`);
	await enterName(page, 'Inès Durand');
	const order = studentOrder(a, 'Inès Durand');
	expect(order).not.toEqual(a.questionIds);
	const first = quotes.questions.find((q) => q.id === order[0])!;
	await expect(page.locator('legend')).toHaveText(first.prompt);
	// Feedback after each: a Check button, then the verdict.
	await page.locator('input[type=radio]').first().check();
	await page.getByRole('button', { name: 'Vérifier' }).click();
	await expect(page.locator('.feedback')).toBeVisible();
	// Reload: same student, same place, same order.
	await page.reload();
	await expect(page.getByLabel('Votre prénom et votre nom')).toHaveValue('Inès Durand');
	await page.getByRole('button', { name: 'Commencer le devoir' }).click();
	await expect(page.locator('legend')).toHaveText(first.prompt);
	await expect(page.locator('.feedback')).toBeVisible();
});

test('the student can erase their name and answers from the device', async ({ page }) => {
	await page.goto(`/a#${encodeAssignment(assignment({ feedback: 'end' }))}`);
	await enterName(page, 'Sam');
	await page.getByRole('button', { name: 'Terminer maintenant' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Voir les résultats' }).click();
	await page.getByRole('button', { name: 'Effacer de cet appareil' }).click();
	await page
		.getByRole('alertdialog')
		.getByRole('button', { name: 'Effacer de cet appareil' })
		.click();
	await expect(page.getByRole('status').filter({ hasText: /ont été effacés/u })).toBeVisible();
	await expect(page.getByLabel('Votre prénom et votre nom')).toHaveValue('');
	const kept = await page.evaluate(() =>
		Object.keys(localStorage).filter((k) => k !== 'recoupe.locale')
	);
	expect(kept).toEqual([]);
});

/** Records every request of a browser context. */
function record(context: BrowserContext): string[] {
	const urls: string[] = [];
	context.on('request', (r) => urls.push(r.url()));
	return urls;
}

test('no request leaves the site during a whole assignment, teacher and student', async ({
	browser,
	baseURL
}) => {
	const teacher = await browser.newContext();
	const student = await browser.newContext({ acceptDownloads: true });
	const urls: string[] = [];
	const t = record(teacher);
	const s = record(student);
	const page = await teacher.newPage();
	await page.goto('/teacher');
	const link = await createAssignment(page, {
		whole: [quotes.id],
		title: 'Tout le quiz',
		feedback: 'end'
	});
	await expect(page.getByRole('img', { name: /QR code/u }).locator('svg')).toBeVisible();
	const sp = await student.newPage();
	await sp.goto(link);
	await enterName(sp, 'Léa');
	await answerAll(sp, quotes.questions, []);
	await sp.getByRole('button', { name: 'Copier le code' }).click();
	await Promise.all([
		sp.waitForEvent('download'),
		sp.getByRole('button', { name: 'Télécharger le fichier' }).click()
	]);
	urls.push(...t, ...s);
	const origin = new URL(baseURL!).origin;
	const foreign = urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
	expect(urls.length).toBeGreaterThan(10);
	expect(foreign).toEqual([]);
	// The student's page fetched its one set, and no other set.
	expect(s.filter((u) => u.includes('/data/sets/'))).toEqual([
		`${origin}/data/sets/${quotes.id}.json`
	]);
	await teacher.close();
	await student.close();
});
