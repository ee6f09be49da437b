import { describe, expect, test, vi } from 'vitest';
import { addNamespace, loadLocale, onStrings, translate, type Tree } from './index';

// One module state for the whole file, as in a page: the order of the tests is the story of a
// visit (French first, English chosen, pages registering their strings before and after).
describe('languages fetched when chosen', () => {
	const told = vi.fn();
	onStrings(told);

	test('French is there at once; English reads in French until it is fetched', async () => {
		expect(translate('fr', 'quiz.check')).toBe('Vérifier');
		expect(translate('en', 'quiz.check')).toBe('Vérifier');
		expect(await loadLocale('en')).toBe(true);
		expect(translate('en', 'quiz.check')).toBe('Check');
		expect(told).toHaveBeenCalled();
	});

	test('a namespace registered while English is in use is fetched at once', async () => {
		told.mockClear();
		const load = vi.fn(async () => ({ default: { hello: 'Hello' } as Tree }));
		addNamespace('demo', { hello: 'Bonjour' }, { en: load });
		expect(load).toHaveBeenCalledTimes(1);
		expect(translate('en', 'demo.hello')).toBe('Bonjour');
		await vi.waitFor(() => expect(told).toHaveBeenCalled());
		expect(translate('en', 'demo.hello')).toBe('Hello');
		expect(await loadLocale('en')).toBe(true);
		expect(load).toHaveBeenCalledTimes(1);
	});

	test('back in French, a new namespace waits until English is asked again', async () => {
		expect(await loadLocale('fr')).toBe(true);
		const load = vi.fn(async () => ({ default: { bye: 'Goodbye' } as Tree }));
		addNamespace('later', { bye: 'Au revoir' }, { en: load });
		expect(load).not.toHaveBeenCalled();
		expect(await loadLocale('en')).toBe(true);
		expect(translate('en', 'later.bye')).toBe('Goodbye');
	});

	test('two files filling one namespace keep each other’s strings, in both languages', async () => {
		addNamespace('pair.inner', { a: 'un' }, { en: async () => ({ default: { a: 'one' } }) });
		addNamespace('pair', { b: 'deux' }, { en: async () => ({ default: { b: 'two' } }) });
		expect(await loadLocale('en')).toBe(true);
		expect(translate('fr', 'pair.inner.a')).toBe('un');
		expect(translate('fr', 'pair.b')).toBe('deux');
		expect(translate('en', 'pair.inner.a')).toBe('one');
		expect(translate('en', 'pair.b')).toBe('two');
	});

	test('a file that fails to come is asked for again the next time', async () => {
		let fail = true;
		const load = vi.fn(async () => {
			if (fail) throw new Error('offline');
			return { default: { x: 'Ex' } as Tree };
		});
		expect(await loadLocale('fr')).toBe(true);
		addNamespace('flaky', { x: 'Ix' }, { en: load });
		expect(await loadLocale('en')).toBe(false);
		expect(translate('en', 'flaky.x')).toBe('Ix');
		fail = false;
		expect(await loadLocale('en')).toBe(true);
		expect(translate('en', 'flaky.x')).toBe('Ex');
		expect(load).toHaveBeenCalledTimes(2);
	});
});
