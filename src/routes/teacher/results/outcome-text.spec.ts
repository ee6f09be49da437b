import { beforeAll, describe, expect, test } from 'vitest';
import { loadLocale, translate } from '$lib/i18n';
import {
	assignmentId,
	encodeAssignment,
	encodeResult,
	importResults,
	type Assignment
} from '$lib/teacher';
import { outcomeText, shortCode } from './outcome-text';

const assignment: Assignment = {
	v: 1,
	title: 'Lecture de presse',
	setIds: ['s1'],
	questionIds: ['q-0123456789'],
	shuffle: false,
	feedback: 'end',
	attempts: 1,
	due: '2026-01-10',
	created: '2026-01-01T10:00:00Z'
};

function code(student: string, attempt: number, assignmentHex = assignmentId(assignment)) {
	return encodeResult({
		v: 1,
		assignment: assignmentHex,
		student,
		attempt,
		responses: { 'q-0123456789': { type: 'single', choice: 'a' } },
		started: '2026-01-12T10:00:00Z',
		finished: '2026-01-12T10:05:00Z'
	});
}

describe('outcomeText', () => {
	// English is fetched when chosen, as in the browser.
	beforeAll(async () => {
		expect(await loadLocale('en')).toBe(true);
	});
	const fr = (key: string, o?: Record<string, unknown>) => translate('fr', key, o);
	const en = (key: string, o?: Record<string, unknown>) => translate('en', key, o);
	const good = code('Léa Martin', 2);
	const damaged = good.slice(0, 30) + (good[30] === 'A' ? 'B' : 'A') + good.slice(31);
	const other = code('Hugo', 1, '0000000000');
	const batch = importResults(
		assignment,
		[],
		[
			{ source: 'paste', text: [good, damaged, other, good].join('\n') },
			{ source: 'vide.txt', text: 'rien ici' }
		]
	);
	const texts = batch.outcomes.map((o) => outcomeText(o, fr));

	test('an accepted code names the student and attempt, with its warnings', () => {
		expect(texts[0]!.accepted).toBe(true);
		expect(texts[0]!.text).toBe('Accepté\u00a0: Léa Martin, tentative 2');
		expect(texts[0]!.warnings).toEqual([
			'tentative 2, au-delà des 1 permises.',
			'rendu après la date limite (2026-01-10).'
		]);
	});

	test('each refusal gives its own reason, in both languages', () => {
		expect(texts.slice(1).map((x) => x.accepted)).toEqual([false, false, false, false]);
		expect(texts[1]!.text).toMatch(/abîmé ou coupé/u);
		expect(texts[2]!.text).toBe('ce code répond à un autre devoir.');
		expect(texts[3]!.text).toBe('ce code a déjà été importé (Léa Martin, tentative 2).');
		expect(texts[4]!.text).toBe('aucun code de résultat trouvé.');
		expect(outcomeText(batch.outcomes[2]!, en).text).toBe('this code answers another assignment.');
	});

	test('codes are shown cut short', () => {
		expect(shortCode(encodeAssignment(assignment))).toMatch(/^A1\..{17}…$/u);
		expect(shortCode('RCP1.ab.cd')).toBe('RCP1.ab.cd');
	});
});
