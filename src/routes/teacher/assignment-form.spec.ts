import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment } from '$lib/teacher';
import {
	buildAssignment,
	chosenQuestions,
	localDate,
	validateForm,
	type AssignmentForm
} from './assignment-form';
import type { CatalogueSet } from './catalogue';

const set = (id: string, qs: string[]): CatalogueSet => ({
	id,
	kind: 'comprehension',
	title: { fr: `Quiz ${id}`, en: `Quiz ${id}` },
	level: 'A2',
	questions: qs.map((q) => ({ id: q, type: 'single', prompt: `Qui a annoncé ${q} ?` }))
});
const sets = [
	set('s-one', ['q-000000000a', 'q-000000000b', 'q-000000000c']),
	set('s-two', ['q-000000000d', 'q-000000000e'])
];
const form = (over: Partial<AssignmentForm> = {}): AssignmentForm => ({
	title: 'Revoir les sources',
	picked: [],
	limit: null,
	shuffle: false,
	feedback: 'each',
	attempts: 1,
	due: '',
	...over
});

describe('chosenQuestions', () => {
	it('keeps catalogue order whatever the order of picking', () => {
		const f = form({ picked: ['q-000000000e', 'q-000000000a', 'q-000000000d'] });
		expect(chosenQuestions(f, sets)).toEqual(['q-000000000a', 'q-000000000d', 'q-000000000e']);
	});
	it('cuts to the first N', () => {
		const f = form({ picked: ['q-000000000a', 'q-000000000b', 'q-000000000d'], limit: 2 });
		expect(chosenQuestions(f, sets)).toEqual(['q-000000000a', 'q-000000000b']);
	});
});

describe('validateForm', () => {
	it('refuses a blank title and no questions', () => {
		expect(validateForm(form({ title: '   ' }), sets, '2026-11-23')).toEqual({
			title: 'required',
			questions: 'none'
		});
	});
	it('refuses a limit below one and a past or malformed due date', () => {
		const picked = ['q-000000000a'];
		expect(validateForm(form({ picked, limit: 0 }), sets, '2026-11-23').limit).toBe('range');
		expect(validateForm(form({ picked, due: '2026-11-22' }), sets, '2026-11-23').due).toBe('past');
		expect(validateForm(form({ picked, due: '23/11/2026' }), sets, '2026-11-23').due).toBe(
			'invalid'
		);
	});
	it('accepts a due date of today', () => {
		const f = form({ picked: ['q-000000000a'], due: '2026-11-23' });
		expect(validateForm(f, sets, '2026-11-23')).toEqual({});
	});
});

describe('buildAssignment', () => {
	it('names only the sets whose questions are kept, and survives the link', () => {
		const f = form({
			title: '  Les  sources ',
			picked: ['q-000000000a', 'q-000000000b', 'q-000000000d'],
			limit: 2,
			shuffle: true,
			feedback: 'end',
			attempts: null,
			due: '2026-12-01'
		});
		const a = buildAssignment(f, sets, '2026-11-23T10:00:00.000Z');
		expect(a.title).toBe('Les sources');
		expect(a.setIds).toEqual(['s-one']);
		const back = decodeAssignment(encodeAssignment(a));
		expect(back).toEqual({ ok: true, assignment: a });
	});
});

describe('localDate', () => {
	it('pads month and day', () => {
		expect(localDate(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
	});
});
