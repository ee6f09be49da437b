import { DOMParser } from 'linkedom';
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { cdata, escapeGift, escapeHtml, escapeXml } from './escape';
import { checkWellFormed } from './testing/xml-check';

describe('escapeGift', () => {
	it('escapes every GIFT control character, the French colon included', () => {
		expect(escapeGift('Source\u00A0: {a} = ~b #c \\')).toBe(
			'Source\u00A0\\: \\{a\\} \\= \\~b \\#c \\\\'
		);
	});

	it('reads back as the same text through gift-pegjs', () => {
		const text = 'L’élu a dit\u00A0: «\u00A0{tout} = 100\u00A0% ~ #1\u00A0»';
		const q = parse(`::t::${escapeGift(text)}{T}\n`)[0]!;
		expect(q.type === 'TF' && q.stem.text).toBe(text);
	});

	it('keeps a question on one line, since a blank line ends it', () => {
		expect(escapeGift('Première ligne.\n\nSeconde ligne.')).toBe('Première ligne. Seconde ligne.');
	});
});

describe('escapeXml and escapeHtml', () => {
	it('escape markup and keep French letters and spaces as they are', () => {
		expect(escapeXml(`<b>l'« A & B »</b>`)).toBe('&lt;b&gt;l&apos;« A &amp; B »&lt;/b&gt;');
		expect(escapeHtml(`<b>l'« A & B »</b>`)).toBe(`&lt;b&gt;l'« A &amp; B »&lt;/b&gt;`);
	});

	it('drop control characters XML forbids', async () => {
		const xml = `<a>${escapeXml('un\u0007deux')}</a>`;
		expect(xml).toBe('<a>undeux</a>');
		expect((await checkWellFormed('a.xml', xml)).valid).toBe(true);
	});
});

describe('cdata', () => {
	it('splits `]]>` so the section holds the text whole', async () => {
		const xml = `<a>${cdata('x ]]> y')}</a>`;
		expect((await checkWellFormed('a.xml', xml)).valid).toBe(true);
		expect(new DOMParser().parseFromString(xml, 'text/xml').documentElement.textContent).toBe(
			'x ]]> y'
		);
		expect((await checkWellFormed('b.xml', '<a><![CDATA[x ]]> y]]></a>')).valid).toBe(false);
	});
});
