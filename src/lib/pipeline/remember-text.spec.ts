import { describe, expect, it } from 'vitest';
import { rememberText } from './remember-text';

describe('rememberText', () => {
	it('asks the function once per text and gives the same answers', () => {
		const asked: string[] = [];
		const long = rememberText((t: string) => {
			asked.push(t);
			return t.split(' ').length > 3;
		});
		const a = 'Parler a été fondée en 2018 par John Matze.';
		const b = 'Il a refusé.';
		expect([long(a), long(b), long(a), long(b)]).toEqual([true, false, true, false]);
		expect(asked).toEqual([a, b]);
	});

	it('remembers a falsy answer too', () => {
		let calls = 0;
		const none = rememberText(() => {
			calls++;
			return null;
		});
		expect(none('Samedi, rien.')).toBeNull();
		expect(none('Samedi, rien.')).toBeNull();
		expect(calls).toBe(1);
	});

	it('forgets everything once it holds `limit` texts, and still answers right', () => {
		const asked: string[] = [];
		const length = rememberText((t: string) => {
			asked.push(t);
			return t.length;
		}, 2);
		expect([length('un'), length('deux'), length('trois'), length('un')]).toEqual([2, 4, 5, 2]);
		expect(asked).toEqual(['un', 'deux', 'trois', 'un']);
	});
});
