import { beforeAll, describe, expect, test } from 'vitest';
import enArticle from './article.en.json';
import frArticle from './article.fr.json';
import enAssign from './assign.en.json';
import frAssign from './assign.fr.json';
import enTake from './assign-take.en.json';
import frTake from './assign-take.fr.json';
import enCore from './en.json';
import frCore from './fr.json';
import enHome from './home.en.json';
import frHome from './home.fr.json';
import { loadLocale, pickLocale, translate } from './index';
import enError from './error.en.json';
import frError from './error.fr.json';
import enExports from './exports.en.json';
import frExports from './exports.fr.json';
import enKinds from './kinds.en.json';
import frKinds from './kinds.fr.json';
import enReview from './review.en.json';
import frReview from './review.fr.json';
import enSet from './set.en.json';
import frSet from './set.fr.json';
import enSets from './sets.en.json';
import frSets from './sets.fr.json';
import enBroken from './assign-take-broken.en.json';
import frBroken from './assign-take-broken.fr.json';
import enHandin from './assign-take-handin.en.json';
import frHandin from './assign-take-handin.fr.json';
import enPrint from './print.en.json';
import frPrint from './print.fr.json';
import enResults from './results.en.json';
import frResults from './results.fr.json';
import './article';
import './assign';
import './assign-take';
import './assign-take-broken';
import './assign-take-handin';
import './error';
import './exports';
import './home';
import './kinds';
import './print';
import './review';
import './set';
import './sets';
import './results';

// Every check covers the namespaces loaded by some pages only, as if they were in the main files.
const fr = {
	...frCore,
	error: frError,
	home: frHome,
	article: frArticle,
	kinds: frKinds,
	review: frReview,
	set: frSet,
	sets: { ...frCore.sets, ...frSets },
	assign: { ...frAssign, take: { ...frTake, broken: frBroken, handin: frHandin } },
	results: frResults,
	print: frPrint,
	exports: frExports
};
const en = {
	...enCore,
	error: enError,
	home: enHome,
	article: enArticle,
	kinds: enKinds,
	review: enReview,
	set: enSet,
	sets: { ...enCore.sets, ...enSets },
	assign: { ...enAssign, take: { ...enTake, broken: enBroken, handin: enHandin } },
	results: enResults,
	print: enPrint,
	exports: enExports
};
import { formatPageDate } from './format';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)
	);
}

function strings(tree: Tree): string[] {
	return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
}

describe('locales', () => {
	// English is fetched when chosen, as in the browser.
	beforeAll(async () => {
		expect(await loadLocale('en')).toBe(true);
	});

	test('French and English have exactly the same keys', () => {
		expect(keys(en as Tree).sort()).toEqual(keys(fr as Tree).sort());
	});

	test('French strings follow French typography: no-break space before ? ! : ; and inside « »', () => {
		for (const s of strings(fr as Tree)) {
			const plain = s.replace(/\{\{[^}]*\}\}/gu, '');
			expect(plain, s).not.toMatch(/[^\u00A0\u202F][?!:;]/u);
			expect(plain, s).not.toMatch(/«[^\u00A0\u202F]|[^\u00A0\u202F]»/u);
			expect(plain, s).not.toMatch(/'/u); // typographic apostrophe ’
		}
	});

	test('plurals and interpolation work in both languages', () => {
		expect(translate('fr', 'article.paragraphs', { count: 1 })).toBe('1 paragraphe');
		expect(translate('fr', 'article.paragraphs', { count: 13 })).toBe('13 paragraphes');
		expect(translate('en', 'article.paragraphs', { count: 1 })).toBe('1 paragraph');
		expect(translate('en', 'article.removed.summary', { count: 3 })).toBe(
			'Show the items removed from the page (3)'
		);
	});

	test('every key of both locales reads exactly as i18next reads it', async () => {
		const i18next = (await import('i18next')).default.createInstance();
		await i18next.init({
			lng: 'fr',
			fallbackLng: false,
			resources: { fr: { translation: fr }, en: { translation: en } },
			interpolation: { escapeValue: false }
		});
		const values = { number: 3, total: 8, expected: 'téléchargée', level: 'B2', points: 0.5 };
		for (const locale of ['fr', 'en'] as const) {
			const all = keys((locale === 'fr' ? fr : en) as Tree).map((k) =>
				k.replace(/_(one|other)$/u, '')
			);
			for (const key of new Set(all))
				for (const count of [0, 1, 2, 21])
					expect(translate(locale, key, { ...values, count }), `${locale} ${key} ${count}`).toBe(
						i18next.t(key, { ...values, count, lng: locale })
					);
		}
	});

	test('an unknown key is visible as such, never silently empty', () => {
		expect(translate('fr', 'nope.missing')).toBe('nope.missing');
	});
});

describe('pickLocale', () => {
	test.each([
		[null, ['fr-FR'], 'fr'],
		[null, ['en-US', 'fr'], 'en'],
		[null, ['de-DE', 'en-GB'], 'en'],
		[null, ['de-DE', 'es'], 'fr'],
		[null, [], 'fr'],
		['en', ['fr-FR'], 'en'],
		['xx', ['en-US'], 'en']
	] as const)('saved %s, browser %j → %s', (saved, browser, expected) => {
		expect(pickLocale(saved, browser)).toBe(expected);
	});
});

describe('formatPageDate', () => {
	test.each([
		['2021-01', 'fr', 'janvier 2021'],
		['2021-01', 'en', 'January 2021'],
		['2020-06-29', 'fr', '29 juin 2020'],
		['2020', 'en', '2020'],
		['hier', 'fr', 'hier']
	] as const)('%s in %s → %s', (date, locale, expected) => {
		expect(formatPageDate(date, locale)).toBe(expected);
	});
});
