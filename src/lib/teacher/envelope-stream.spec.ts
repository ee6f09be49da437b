import { describe, expect, it } from 'vitest';
import { open, seal } from './envelope';
import { openStream, sealStream } from './envelope-stream';

const data = {
	t: 'Qui a coupé les serveurs ? « Le réseau »',
	n: 'Léa Martin',
	r: [['q-1', 's', 'b']]
};

describe('sealStream / openStream', () => {
	it('writes envelopes the library reads, and reads what the library writes', async () => {
		const native = await sealStream('RCP', 1, data);
		expect(native).toMatch(/^RCP1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/u);
		expect(open('RCP', 1, native)).toEqual({ ok: true, version: 1, data });
		expect(await openStream('RCP', 1, seal('RCP', 1, data))).toEqual({
			ok: true,
			version: 1,
			data
		});
	});

	it('reports damage, versions and bad payloads as the library does', async () => {
		const code = await sealStream('A', 1, data);
		expect(await openStream('A', 1, code.slice(0, 20))).toMatchObject({ error: 'format' });
		expect(await openStream('A', 1, code.replace(/^A1/u, 'A2'))).toMatchObject({
			error: 'checksum'
		});
		expect(await openStream('A', 1, seal('A', 2, data))).toMatchObject({ error: 'version' });
		expect(await openStream('RCP', 1, 'RCP1.not-deflate.AAAAAA')).toMatchObject({ ok: false });
		const head = 'A1.bm90LWRlZmxhdGU';
		expect(await openStream('A', 1, `${head}.${seal('A', 1, 0).slice(-6)}`)).toMatchObject({
			ok: false
		});
	});
});
