import { expect, type Page } from '@playwright/test';
import type { Question, QuestionSet } from '../src/lib/questions/schema';
import { give, type Plan } from './quiz';
import { sets } from './sets';

/** A set by id, from the generated files the site is built from. */
export function setById(id: string): QuestionSet {
	const set = sets.find((s) => s.id === id);
	if (!set) throw new Error(`no set ${id}`);
	return set;
}

/** What the teacher picks on /teacher. */
export interface Pick {
	/** Whole sets to tick. */
	whole?: string[];
	/** Single questions to tick inside a set's list: [set id, question indexes]. */
	some?: [string, number[]][];
	title: string;
	feedback?: 'each' | 'end';
	attempts?: '1' | '2' | '3' | 'unlimited';
	shuffle?: boolean;
	first?: number;
	due?: string;
}

const FR_EN = (fr: string, en: string) => new RegExp(`^(${fr}|${en})`, 'u');

/** Fills the teacher's form with the mouse and returns the link once created. */
export async function createAssignment(page: Page, pick: Pick): Promise<string> {
	// A box ticked before hydration would be unticked by it: wait until the page answers.
	await page.locator('html[data-ready]').waitFor();
	for (const id of pick.whole ?? []) {
		const set = setById(id);
		await page
			.getByRole('checkbox', { name: set.title.fr })
			.or(page.getByRole('checkbox', { name: set.title.en }))
			.check();
	}
	for (const [id, indexes] of pick.some ?? []) {
		const set = setById(id);
		const item = page
			.locator('.sets > ul > li')
			.filter({ has: page.locator('summary') })
			.nth(sets.findIndex((s) => s.id === id));
		await item.locator('summary').click();
		for (const i of indexes) await item.locator('.questions input[type=checkbox]').nth(i).check();
		expect(set.questions.length).toBeGreaterThan(Math.max(...indexes));
	}
	if (pick.first !== undefined) {
		await page
			.getByRole('radio', { name: FR_EN('Seulement les premières', 'Only the first') })
			.check();
		await page.getByRole('spinbutton').fill(String(pick.first));
	}
	if (pick.shuffle) await page.getByRole('radio', { name: FR_EN('Mélangé', 'Shuffled') }).check();
	if (pick.feedback === 'end')
		await page
			.getByRole('group', { name: FR_EN('Quand les élèves', 'When do students') })
			.getByRole('radio', { name: FR_EN('À la fin seulement', 'Only at the end') })
			.check();
	if (pick.attempts) {
		const group = page.getByRole('group', { name: FR_EN('Nombre d’essais', 'Number of attempts') });
		await (
			pick.attempts === 'unlimited'
				? group.getByRole('radio', { name: FR_EN('Sans limite', 'Unlimited') })
				: group.getByRole('radio', { name: new RegExp(`^${pick.attempts} `, 'u') })
		).check();
	}
	await page.getByLabel(FR_EN('Titre du devoir', 'Title of the assignment')).fill(pick.title);
	if (pick.due) await page.getByLabel(FR_EN('À rendre le', 'Due on')).fill(pick.due);
	await page.getByRole('button', { name: FR_EN('Créer le lien', 'Create the link') }).click();
	await expect(
		page.getByRole('heading', { name: FR_EN('Le lien du devoir', 'The assignment link') })
	).toBeFocused();
	const link = page.getByLabel(FR_EN('Lien à donner aux élèves', 'Link to give your students'));
	await expect(link).toHaveValue(/\/a#A1\./u);
	return link.inputValue();
}

/** The questions of sets, by id. */
export function questionsById(): Map<string, Question> {
	return new Map(sets.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
}

/** Types the student's name and starts the assignment. */
export async function enterName(page: Page, name: string): Promise<void> {
	await page.getByLabel(FR_EN('Votre prénom et votre nom', 'Your first and last name')).fill(name);
	await page
		.getByRole('button', { name: FR_EN('Commencer le devoir', 'Start the assignment') })
		.click();
	await expect(page.getByRole('heading', { name: /^Question 1 (sur|of)/u })).toBeFocused();
}

/**
 * Answers the questions on screen in the given order with the given plans (feedback at the end:
 * Next, then See the results on the last one).
 */
export async function answerAll(page: Page, questions: Question[], plans: Plan[]): Promise<void> {
	for (const [i, q] of questions.entries()) {
		await expect(page.locator('legend')).toHaveText(q.prompt);
		await give(page, q, plans[i] ?? 'right');
		const last = i === questions.length - 1;
		await page
			.getByRole('button', {
				name: last ? FR_EN('Voir les résultats', 'See the results') : FR_EN('Suivante', 'Next'),
				exact: false
			})
			.first()
			.click();
	}
	await expect(
		page.getByRole('heading', { name: FR_EN('Vos résultats', 'Your results') })
	).toBeFocused();
}
