import { describe, expect, it } from 'vitest';
import {
	answer,
	check,
	finish,
	goTo,
	reconcile,
	retry,
	startProgress,
	unanswered
} from './progress';

const ids = ['q-1', 'q-2', 'q-3'];

describe('progress', () => {
	it('records answers and keeps a checked answer locked', () => {
		let p = startProgress('s', ids, 'each');
		p = answer(p, 'q-1', { type: 'single', choice: 'a' });
		p = check(p, 'q-1');
		p = answer(p, 'q-1', { type: 'single', choice: 'b' });
		expect(p.responses['q-1']).toEqual({ type: 'single', choice: 'a' });
		expect(unanswered(p)).toEqual(['q-2', 'q-3']);
	});

	it('clamps navigation to the round', () => {
		const p = startProgress('s', ids, 'end');
		expect(goTo(p, 9).at).toBe(2);
		expect(goTo(p, -1).at).toBe(0);
	});

	it('retries only the missed questions, keeping the other answers', () => {
		let p = startProgress('s', ids, 'end');
		p = answer(p, 'q-1', { type: 'short', text: 'oui' });
		p = answer(p, 'q-2', { type: 'short', text: 'non' });
		p = finish(p);
		expect(p.checked).toEqual(ids);
		p = retry(p, ['q-2', 'q-3']);
		expect(p).toMatchObject({ round: ['q-2', 'q-3'], at: 0, finished: false, attempt: 2 });
		expect(Object.keys(p.responses)).toEqual(['q-1']);
		expect(p.checked).toEqual(['q-1']);
	});

	it('drops questions that left the set, and gives up when none is left', () => {
		let p = startProgress('s', ids, 'end');
		p = answer(p, 'q-3', { type: 'short', text: 'x' });
		p = goTo(p, 2);
		const kept = reconcile(p, ['q-1', 'q-3']);
		expect(kept).toMatchObject({ round: ['q-1', 'q-3'], at: 1 });
		expect(reconcile(p, ['q-9'])).toBeNull();
	});
});
