import { expect, type Page } from '@playwright/test';
import type { Question } from '../src/lib/questions/schema';
import { rightChoices, typoOf, withoutAccents, wrongChoice } from './sets';

/** How a test answers a question. */
export type Plan = 'right' | 'wrong' | 'accentless' | 'typo' | 'skip';

/**
 * The plan a question can follow: accent-less and misspelt answers only exist for typed answers
 * that have accents or a long word; otherwise the learner answers right.
 */
export function feasible(q: Question, plan: Plan): Plan {
	const typed = q.type === 'cloze' || q.type === 'short';
	if (plan === 'accentless')
		return typed && withoutAccents(q.accept[0]!) !== q.accept[0] ? plan : 'right';
	if (plan === 'typo') return typed && typoOf(q.accept[0]!) ? plan : 'right';
	if (plan === 'wrong' && (q.type === 'ordering' || q.type === 'matching')) return 'right';
	return plan;
}

/** Answers the question on screen as planned, with the mouse and the keyboard a learner uses. */
export async function give(page: Page, q: Question, plan: Plan): Promise<void> {
	if (plan === 'skip') return;
	if (q.type === 'cloze' || q.type === 'short') {
		const right = q.accept[0]!;
		const text =
			plan === 'wrong'
				? 'zzz'
				: plan === 'accentless'
					? withoutAccents(right)
					: plan === 'typo'
						? typoOf(right)!
						: right;
		await page.locator(`#answer-${q.id}`).fill(text);
	} else if (q.type === 'multiple') {
		const picks = plan === 'wrong' ? [wrongChoice(q)] : rightChoices(q);
		for (const text of picks) await page.getByRole('checkbox', { name: text, exact: true }).check();
	} else if (q.type === 'ordering') {
		// Selection sort with the “move up” buttons, as a keyboard user would.
		for (let target = 0; target < q.order.length; target++) {
			const items = await page.locator('ol.order li .text').allTextContents();
			const want = q.items.find((i) => i.id === q.order[target])!.text;
			for (let at = items.indexOf(want); at > target; at--)
				await page.locator('ol.order li').nth(at).getByRole('button').first().click();
		}
	} else if (q.type === 'matching') {
		for (const pair of q.pairs) {
			const right = q.right.find((r) => r.id === pair.right)!;
			await page.locator(`#answer-${q.id}-${pair.left}`).selectOption(right.id);
		}
	} else {
		const text = plan === 'wrong' ? wrongChoice(q) : rightChoices(q)[0]!;
		await page.getByRole('radio', { name: text, exact: true }).check();
	}
}

/** Opens a set and starts it with feedback after each question or at the end. */
export async function startSet(page: Page, id: string, feedback: 'each' | 'end' = 'each') {
	await page.goto(`/sets/${id}`);
	const start = page.getByRole('button', { name: /Commencer le quiz|Start the quiz/u });
	await expect(start).toBeEnabled();
	if (feedback === 'end')
		await page.getByRole('radio', { name: /À la fin seulement|Only at the end/u }).check();
	await start.click();
	await expect(page.getByRole('heading', { name: /Question 1 (sur|of)/u })).toBeFocused();
}
