import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sets } from '$lib/server/sets';
import { GET, entries, prerender } from './+server';

/** Calls the endpoint as the prerenderer does, for one file name. */
const get = (file: string) => GET({ params: { file } } as unknown as Parameters<typeof GET>[0]);

describe('/exports/[file]', () => {
	it('is prerendered for the three files of every set', async () => {
		expect(prerender).toBe(true);
		expect(sets.length).toBeGreaterThan(0);
		const files = (await entries()).map((e) => e.file);
		expect(files).toHaveLength(sets.length * 3);
		for (const set of sets) {
			for (const suffix of ['.gift', '.moodle.xml', '.qti.zip'])
				expect(files).toContain(set.id + suffix);
		}
	});

	it('serves GIFT, Moodle XML and a QTI zip with their content types', async () => {
		const set = sets.find((s) => s.questions[0]!.type !== 'ordering')!;
		const gift = await get(`${set.id}.gift`);
		expect(gift.headers.get('content-type')).toBe('text/plain;charset=utf-8');
		expect(await gift.text()).toContain(`::${set.questions[0]!.id}::`);
		const moodle = await get(`${set.id}.moodle.xml`);
		expect(moodle.headers.get('content-type')).toBe('application/xml');
		expect(await moodle.text()).toMatch(/^<\?xml[^>]+>\n<quiz>/u);
		const qti = await get(`${set.id}.qti.zip`);
		expect(qti.headers.get('content-type')).toBe('application/zip');
		const files = unzipSync(new Uint8Array(await qti.arrayBuffer()));
		expect(Object.keys(files)).toContain('imsmanifest.xml');
		expect(Object.keys(files)).toHaveLength(set.questions.length + 1);
	});

	it('names the source article by its title in the feedback', async () => {
		const text = await (await get(`${sets[0]!.id}.gift`)).text();
		expect(text).toMatch(/Source\u00A0\\: «\u00A0[^»]+\u00A0» \(/u);
	});

	it('answers 404 for an unknown set or format', () => {
		expect(() => get('nope.gift')).toThrow();
		expect(() => get(`${sets[0]!.id}.pdf`)).toThrow();
	});
});
