import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage';
import { answer, startProgress } from './progress';
import { corruptKey, loadProgress, progressKey, saveProgress } from './storage';

describe('saved progress', () => {
	it('comes back exactly as saved', () => {
		const storage = new MemoryStorage();
		const p = answer(startProgress('set-a', ['q-1'], 'each'), 'q-1', {
			type: 'matching',
			pairs: { a: 'b' }
		});
		expect(saveProgress(storage, p)).toBe('ok');
		expect(loadProgress(storage, 'set-a')).toEqual({ kind: 'ok', progress: p });
	});

	it.each([
		['not JSON', '{"v":1,'],
		['wrong shape', '{"v":1,"set":"set-a"}'],
		['another set', JSON.stringify(startProgress('set-b', ['q-1'], 'end'))],
		[
			'unknown response type',
			JSON.stringify({
				...startProgress('set-a', ['q'], 'end'),
				responses: { q: { type: 'essay' } }
			})
		]
	])('sets aside damaged data (%s) and reports it', (_, raw) => {
		const storage = new MemoryStorage();
		storage.setItem(progressKey('set-a'), raw);
		expect(loadProgress(storage, 'set-a')).toEqual({ kind: 'corrupt' });
		expect(storage.getItem(progressKey('set-a'))).toBeNull();
		expect(storage.getItem(corruptKey('set-a'))).toBe(raw);
	});

	it('says when storage is unavailable or full, without throwing', () => {
		const p = startProgress('set-a', ['q-1'], 'end');
		expect(saveProgress(null, p)).toBe('unavailable');
		expect(loadProgress(null, 'set-a')).toEqual({ kind: 'none' });
		expect(saveProgress(new MemoryStorage(20), p)).toBe('full');
	});
});
