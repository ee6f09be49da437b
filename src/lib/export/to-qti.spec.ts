import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { crafted } from './testing/crafted-set';
import { committedArticleTitles, committedSets } from './testing/committed-sets';
import { checkWellFormed, validateQti } from './testing/xml-check';
import { toQti } from './to-qti';

const titles = committedArticleTitles();
const sets = [...committedSets(), crafted];

describe('toQti', () => {
	// One xmllint run for all items: loading the schema tree is what takes time.
	it('writes items of every set that the official QTI 2.1 schema accepts', async () => {
		const files = sets.flatMap((set) => {
			const { content, skipped } = toQti(set, { articleTitles: titles });
			expect(skipped).toEqual([]);
			expect(content.items.map((i) => i.id)).toEqual(set.questions.map((q) => q.id));
			return content.items.map((i) => ({ fileName: `${set.id}__${i.id}.xml`, contents: i.xml }));
		});
		expect(files.length).toBeGreaterThan(crafted.questions.length);
		const result = await validateQti(files);
		expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
		expect(result.valid).toBe(true);
	}, 60_000);

	it('is caught by the schema when an item is broken', async () => {
		const item = toQti(crafted).content.items[0]!;
		const broken = item.xml
			.replace(' timeDependent="false"', '')
			.replace('<itemBody>', '<itemBody><quiz/>');
		const result = await validateQti([{ fileName: 'broken.xml', contents: broken }]);
		expect(result.valid).toBe(false);
		expect(result.errors.length).toBeGreaterThanOrEqual(2);
	}, 60_000);

	it('zips a manifest with one item resource per question, each file present', async () => {
		const { content } = toQti(crafted);
		const files = unzipSync(content.zip);
		const manifest = strFromU8(files['imsmanifest.xml']!);
		expect((await checkWellFormed('imsmanifest.xml', manifest)).valid).toBe(true);
		const doc = new DOMParser().parseFromString(manifest, 'text/xml');
		expect(doc.documentElement.getAttribute('xmlns')).toBe(
			'http://www.imsglobal.org/xsd/imscp_v1p1'
		);
		expect(doc.querySelector('schema')!.textContent).toBe('QTIv2.1 Package');
		const resources = [...doc.querySelectorAll('resources > resource')];
		expect(resources).toHaveLength(crafted.questions.length);
		for (const [k, resource] of resources.entries()) {
			const href = resource.getAttribute('href')!;
			expect(resource.getAttribute('type')).toBe('imsqti_item_xmlv2p1');
			expect(resource.querySelector('file')!.getAttribute('href')).toBe(href);
			const item = strFromU8(files[href]!);
			expect(item).toContain(`identifier="${crafted.questions[k]!.id}"`);
		}
		expect(Object.keys(files).sort()).toEqual(
			['imsmanifest.xml', ...crafted.questions.map((q) => `items/${q.id}.xml`)].sort()
		);
	});

	it('keeps French typography and puts the explanation and passages in the feedback', () => {
		const xml = toQti(crafted, {
			articleTitles: { 'art-test': 'Le budget\u00A0: «\u00A0record\u00A0»' }
		}).content.items[0]!.xml;
		const feedback = xml.slice(xml.indexOf('<modalFeedback'));
		expect(feedback).toContain('L’article le dit\u00A0:');
		expect(feedback).toContain(
			'Source\u00A0: «\u00A0Le budget\u00A0: «\u00A0record\u00A0»\u00A0» (art-test)'
		);
		expect(feedback).toContain('Source\u00A0: article art-autre');
		expect(feedback).toContain('«\u00A0Une seconde source ]]&gt; confirme.\u00A0»');
		expect(feedback.split('{budget} = 10').length - 1).toBe(1);
		expect(xml).toContain('xml:lang="fr"');
	});

	it('packages an assignment whose id is not an XML name', async () => {
		const questions = crafted.questions.slice(0, 2);
		const { content } = toQti({ id: 'Devoir 3e B', title: 'Devoir : « sources »', questions });
		expect(content.manifest).toContain('identifier="MANIFEST-Devoir_3e_B"');
		expect((await checkWellFormed('imsmanifest.xml', content.manifest)).valid).toBe(true);
		expect(Object.keys(unzipSync(content.zip))).toHaveLength(3);
	});

	it('scores with the interaction native to each type', () => {
		const items = toQti(crafted).content.items.map((i) => i.xml);
		expect(items[1]).toContain('maxChoices="0"');
		expect(items[1]).toContain('mappedValue="0.5"');
		expect(items[1]).toContain('mappedValue="-0.5"');
		expect(items[3]).toMatch(/tarif passe à <textEntryInteraction[^>]+\/> €/u);
		expect(items[4]).toContain(
			'mapKey="Jean-Luc d&apos;Arc" mappedValue="1" caseSensitive="false"'
		);
		expect(items[5]).toContain(
			'<correctResponse><value>item_1</value><value>item_2</value><value>item_3</value>'
		);
		expect(items[6]).toContain('<value>left_a right_x</value><value>left_b right_y</value>');
		expect(items[6]).toContain('identifier="right_z"');
	});

	it('gives the same bytes for the same set', () => {
		expect(toQti(crafted).content.zip).toEqual(toQti(crafted).content.zip);
	});
});
