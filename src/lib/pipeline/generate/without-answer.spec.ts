import { describe, expect, test } from 'vitest';
import { withoutAnswer } from './without-answer';

describe('withoutAnswer', () => {
	test('a predicate that does not name the answer is kept whole', () => {
		expect(
			withoutAnswer('a dénoncé un "coup de poignard dans le dos"', ['José Bové', 'Bové'])
		).toBe('a dénoncé un "coup de poignard dans le dos"');
	});
	test('a predicate naming the answer ends before the phrase that names it', () => {
		expect(
			withoutAnswer(
				'a décidé de ne plus héberger le réseau social sur les serveurs des Data Centers de son Cloud AWS',
				['Amazon', 'AWS']
			)
		).toBe('a décidé de ne plus héberger le réseau social sur les serveurs des Data Centers');
	});
	test('a name too early to cut yields nothing', () => {
		expect(withoutAnswer('a suspendu le compte de AWS', ['AWS'])).toBeNull();
		expect(withoutAnswer('a confié à Amazon ses données', ['Amazon'])).toBeNull();
	});
});
