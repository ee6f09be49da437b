import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { grade } from '../src/lib/grading/grade';
import { assignmentId, decodeAssignment } from '../src/lib/teacher/assignment';
import { decodeResult } from '../src/lib/teacher/result-code';
import { answerAll, createAssignment, enterName, setById } from './assign';

/** Tomorrow as a date input holds it. */
function tomorrow(): string {
	const d = new Date(Date.now() + 86_400_000);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('a teacher makes a link, a student takes it in another browser and hands in a code the dashboard reads', async ({
	browser,
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/teacher');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donner un quiz à une classe');
	const sources = setById('sources-bb7285d314');
	const chronology = setById('chronology-f4ff77b314');
	const link = await createAssignment(page, {
		whole: [sources.id],
		some: [[chronology.id, [1, 2]]],
		title: 'Les sources de l’affaire',
		feedback: 'end',
		attempts: '2',
		due: tomorrow()
	});

	// The link holds the whole assignment, checksum included.
	const decoded = decodeAssignment(link);
	expect(decoded.ok).toBe(true);
	if (!decoded.ok) return;
	const a = decoded.assignment;
	const expected = [
		...chronology.questions.slice(1, 3).map((q) => q.id),
		...sources.questions.map((q) => q.id)
	];
	expect(new Set(a.questionIds)).toEqual(new Set(expected));
	expect(a).toMatchObject({ title: 'Les sources de l’affaire', feedback: 'end', attempts: 2 });

	// Copy, QR code and the way back to the results.
	await page.getByRole('button', { name: 'Copier le lien' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Lien copié.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	await expect(
		page.getByRole('img', { name: /QR code du lien du devoir/u }).locator('svg')
	).toBeVisible();
	await expect(page.getByRole('link', { name: /Plus tard/u })).toHaveAttribute(
		'href',
		`/teacher/results#${link.split('#')[1]}`
	);

	// The student: another browser context, in English, nothing shared with the teacher's.
	const student = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
	const s = await student.newPage();
	await s.goto(link);
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Les sources de l’affaire');
	await s.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(s.getByText('Write your name to start.')).toBeVisible();
	await expect(s.getByLabel('Your first and last name')).toBeFocused();
	await enterName(s, '  Léa   Martin ');
	const byId = new Map([...sources.questions, ...chronology.questions].map((q) => [q.id, q]));
	const questions = a.questionIds.map((id) => byId.get(id)!);
	// Feedback at the end: no Check button on the way.
	await expect(s.getByRole('button', { name: 'Check' })).toHaveCount(0);
	await answerAll(s, questions, ['wrong']);
	await expect(
		s.getByText(`Score: ${questions.length - 1} out of ${questions.length}`)
	).toBeVisible();

	const code = await s.getByLabel('Your result code (attempt 1)').inputValue();
	const read = decodeResult(code);
	expect(read.ok).toBe(true);
	if (!read.ok) return;
	expect(read.result).toMatchObject({
		assignment: assignmentId(a),
		student: 'Léa Martin',
		attempt: 1
	});
	const verdicts = questions.map((q) => grade(q, read.result.responses[q.id]).verdict);
	expect(verdicts).toEqual(['wrong', ...questions.slice(1).map(() => 'right')]);

	// The same code as a file.
	const [download] = await Promise.all([
		s.waitForEvent('download'),
		s.getByRole('button', { name: 'Download the file' }).click()
	]);
	expect(download.suggestedFilename()).toBe('recoupe-lea-martin-1.txt');
	const file = readFileSync((await download.path())!, 'utf8');
	expect(file).toContain(code);
	expect(file).toContain('Les sources de l’affaire');

	// A reload shows the same code: nothing is lost, nothing changes.
	await s.reload();
	await s.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(s.getByLabel('Your result code (attempt 1)')).toHaveValue(code);

	// Second and last attempt: a new code, then no more attempts.
	await expect(s.getByText('You have 1 attempt left.')).toBeVisible();
	await s.getByRole('button', { name: 'Make a new attempt' }).click();
	await s.getByRole('alertdialog').getByRole('button', { name: 'Make a new attempt' }).click();
	await expect(s.getByRole('heading', { name: /^Question 1 of/u })).toBeFocused();
	await expect(s.getByText('Attempt 2 of 2')).toBeVisible();
	await answerAll(s, questions, []);
	const second = decodeResult(await s.getByLabel('Your result code (attempt 2)').inputValue());
	expect(second.ok && second.result.attempt).toBe(2);
	await expect(s.getByText('You have used all your attempts.')).toBeVisible();
	await expect(s.getByRole('button', { name: 'Make a new attempt' })).toHaveCount(0);
	await student.close();
});
