import { describe, expect, it } from 'vitest';
import { encodeResult, type ResultCode } from './result-code';
import { parseResultCodes, resultFile } from './result-text';

const result = (student: string, attempt = 1): ResultCode => ({
	v: 1,
	assignment: '0a1b2c3d4e',
	student,
	attempt,
	responses: { 'q-0123456789': { type: 'single', choice: 'a' } },
	started: '2025-01-21T10:02:11.000Z',
	finished: '2025-01-21T10:14:52.000Z'
});

describe('parseResultCodes', () => {
	it('finds every code of a message, wrapped lines and words around included', () => {
		const a = encodeResult(result('Léa Martin'));
		const b = encodeResult(result('Yanis Benali'));
		const c = encodeResult(result('Chloé Nguyen'));
		const message = `Bonjour Madame,\nvoici mon code : ${a.slice(0, 50)}\n${a.slice(50)}.\nMerci !\n${b}, ${c}\n-- \nYanis`;
		const found = parseResultCodes(message);
		expect(found.map((f) => f.outcome.ok && f.outcome.result.student)).toEqual([
			'Léa Martin',
			'Yanis Benali',
			'Chloé Nguyen'
		]);
		expect(found[0]!.code).toBe(a);
		expect(found[0]!.index).toBe(message.indexOf('RCP1'));
	});

	it('reports a damaged or cut code among good ones instead of skipping it', () => {
		const good = encodeResult(result('Léa Martin'));
		const cut = encodeResult(result('Hugo Petit')).slice(0, 60);
		const found = parseResultCodes(`${cut}\n\n${good}`);
		expect(found).toHaveLength(2);
		expect(found[0]!.outcome).toMatchObject({ ok: false });
		expect(found[1]!.outcome.ok).toBe(true);
	});

	it('finds nothing in a message without a code', () => {
		expect(parseResultCodes("Je n'ai pas pu finir le devoir, désolée. RCP")).toEqual([]);
	});
});

describe('resultFile', () => {
	it('names the file after the student and holds a code the dashboard reads back', () => {
		const r = result('Chloé N’Guyen', 2);
		const file = resultFile(r, 'Qui a coupé les serveurs ?');
		expect(file.name).toBe('recoupe-chloe-n-guyen-2.txt');
		expect(file.content).toContain('Devoir / Assignment: Qui a coupé les serveurs ?');
		const found = parseResultCodes(file.content);
		expect(found).toHaveLength(1);
		expect(found[0]!.outcome).toEqual({ ok: true, result: r });
	});
});
