import en from './en.json';
import fr from './fr.json';

/** Interface languages. Article text is always French, whatever the interface. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** French when the browser asks for neither language. */
export const DEFAULT_LOCALE: Locale = 'fr';

/** Where the learner's choice of language is remembered. */
export const LOCALE_STORAGE_KEY = 'recoupe.locale';

/** Options of a translation: `count` picks the plural form, every other value fills `{{name}}`. */
export type TOptions = { count?: number } & Record<string, unknown>;

type Tree = { [key: string]: string | Tree };

/**
 * Both locales ship with the page, so a switch of language is instant. Every page carries
 * `fr.json` and `en.json`; the teacher toolkit's strings live in their own files
 * (`assign.*.json`, `assign-take.*.json`) and load with its pages only (`./assign.ts`,
 * `./assign-take.ts`), keeping the quiz pages within their 60 KB budget.
 */
const RESOURCES: Record<Locale, Tree> = { fr: { ...fr }, en: { ...en } };

/**
 * Adds strings that only some pages load (see `./assign.ts`): merged into namespace `name`, so
 * two modules can each bring part of one namespace. Importing such a module is enough.
 */
export function addNamespace(name: string, trees: Record<Locale, Tree>): void {
	for (const l of LOCALES) {
		const had = RESOURCES[l][name];
		RESOURCES[l][name] = typeof had === 'object' ? { ...had, ...trees[l] } : trees[l];
	}
}

/** True for a language the interface speaks. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the interface language: the remembered choice, else the first of the browser's languages
 * the app speaks (`fr-CA` counts as `fr`), else French.
 */
export function pickLocale(saved: string | null, browser: readonly string[]): Locale {
	if (isLocale(saved)) return saved;
	for (const tag of browser) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLocale(base)) return base;
	}
	return DEFAULT_LOCALE;
}

function lookup(tree: Tree, key: string): string | undefined {
	let node: string | Tree | undefined = tree;
	for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
	return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Translates `key` in `locale`, reading the locale files as i18next does (nested keys, `{{name}}`
 * values, plural forms `key_one` / `key_other` chosen by `Intl.PluralRules`); a missing key shows
 * as itself. Not i18next itself: its 16 KB (gzipped) would not fit a quiz page in its 60 KB budget;
 * `i18n.spec.ts` checks this gives i18next's output for every key of both locales.
 */
export function translate(locale: Locale, key: string, options: TOptions = {}): string {
	const tree = RESOURCES[locale];
	let template: string | undefined;
	if (typeof options.count === 'number') {
		let rules = pluralRules.get(locale);
		if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
		template =
			lookup(tree, `${key}_${rules.select(options.count)}`) ?? lookup(tree, `${key}_other`);
	}
	template ??= lookup(tree, key);
	if (template === undefined) return key;
	return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/gu, (all, name: string) =>
		name in options ? String(options[name]) : all
	);
}
