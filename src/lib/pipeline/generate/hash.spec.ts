import { describe, expect, it } from 'vitest';
import { hash10, stableShuffle } from './hash';

describe('hash10', () => {
	it('gives 10 hex digits, the same for the same text', () => {
		const h = hash10('Parler a été fondée en 2018 par John Matze.');
		expect(h).toMatch(/^[0-9a-f]{10}$/u);
		expect(hash10('Parler a été fondée en 2018 par John Matze.')).toBe(h);
		expect(hash10('Parler a été fondée en 2019 par John Matze.')).not.toBe(h);
	});
});

describe('stableShuffle', () => {
	const seed = 'Samedi, Google a retiré l’application de sa boutique.';
	const choices = ['Google', 'Apple', 'Amazon', 'Twitter', 'Facebook'];

	it('orders items by the hash of the seed followed by their key', () => {
		const byHash = [...choices].sort((x, y) => {
			const [hx, hy] = [hash10(seed + x), hash10(seed + y)];
			return hx < hy ? -1 : hx > hy ? 1 : 0;
		});
		expect(stableShuffle(choices, String, seed)).toEqual(byHash);
	});

	it('orders many items as their hashes do, ties kept in place', () => {
		const many = Array.from({ length: 300 }, (_, i) => `choix ${i % 250}`);
		const byHash = many
			.map((text, i) => ({ text, i, h: hash10(seed + text) }))
			.sort((x, y) => (x.h < y.h ? -1 : x.h > y.h ? 1 : x.i - y.i))
			.map((x) => x.text);
		expect(stableShuffle(many, String, seed)).toEqual(byHash);
	});

	it('depends on the seed, not on the order items come in', () => {
		const once = stableShuffle(choices, String, seed);
		expect(stableShuffle([...choices].reverse(), String, seed)).toEqual(once);
		const others = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		const orders = new Set(
			['un', 'deux', 'trois', 'quatre'].map((s) => stableShuffle(others, String, s).join(''))
		);
		expect(orders.size).toBeGreaterThan(1);
	});
});
