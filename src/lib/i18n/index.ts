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

/** Strings as the locale files nest them. */
export type Tree = { [key: string]: string | Tree };

/** Fetches one file of strings: a dynamic `import()` of its JSON, so it is a chunk of its own. */
export type Loader = () => Promise<{ default: Tree }>;

/**
 * French ships with every page: pages are prerendered in French and hydrate with these strings.
 * Any other language is fetched when it is chosen (`loadLocale`), so no page carries two
 * languages. Strings only some pages show live in namespace files (`article.*.json`,
 * `assign-take.*.json`…) that those pages register (`./article.ts`…), keeping every page, quiz
 * pages first, within its 60 KB budget.
 */
const RESOURCES: Record<Locale, Tree> = { fr: { ...fr }, en: {} };

/** A file of strings in a language other than French, fetched once it is needed. */
interface Part {
	locale: Locale;
	/** Where its strings go: a dotted path (`assign.take`), or '' for a whole locale file. */
	at: string;
	load: Loader;
	fetching?: Promise<boolean>;
	done?: boolean;
}

const PARTS: Part[] = [{ locale: 'en', at: '', load: () => import('./en.json') }];

/** The language last asked for: a namespace registered afterwards is fetched in it at once. */
let active: Locale = DEFAULT_LOCALE;

const listeners = new Set<() => void>();

/** Calls `listener` whenever strings arrive, so what is shown can be translated again. */
export function onStrings(listener: () => void): void {
	listeners.add(listener);
}

/** Merges `tree` into `into` at a dotted path, keeping what other files put there. */
function merge(into: Tree, at: string, tree: Tree): void {
	const path = at === '' ? [] : at.split('.');
	let node = into;
	for (const part of path) {
		const had = node[part];
		node = node[part] = typeof had === 'object' ? { ...had } : {};
	}
	for (const [key, value] of Object.entries(tree)) {
		const had = node[key];
		node[key] = typeof had === 'object' && typeof value === 'object' ? { ...had, ...value } : value;
	}
}

/** Fetches a part once; a failed fetch is tried again the next time the language is asked. */
function fetchPart(part: Part): Promise<boolean> {
	part.fetching ??= part.load().then(
		(module) => {
			merge(RESOURCES[part.locale], part.at, module.default);
			part.done = true;
			for (const listener of listeners) listener();
			return true;
		},
		() => {
			part.fetching = undefined;
			return false;
		}
	);
	return part.fetching;
}

/**
 * Adds strings only some pages show, at `at` (`article`, or `assign.take` inside `assign`):
 * French at once, each other language from its loader when that language is in use. Importing
 * the namespace's module (`./article.ts`) is enough.
 */
export function addNamespace(
	at: string,
	french: Tree,
	others: Record<Exclude<Locale, 'fr'>, Loader>
): void {
	merge(RESOURCES.fr, at, french);
	for (const [locale, load] of Object.entries(others) as [Locale, Loader][]) {
		const part: Part = { locale, at, load };
		PARTS.push(part);
		if (locale === active) void fetchPart(part);
	}
}

/**
 * Fetches every file of `locale` not fetched yet, and every namespace registered later while it
 * stays the language in use. True once all of them have arrived.
 */
export async function loadLocale(locale: Locale): Promise<boolean> {
	active = locale;
	const parts = PARTS.filter((p) => p.locale === locale && !p.done);
	return (await Promise.all(parts.map(fetchPart))).every(Boolean);
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

function template(locale: Locale, key: string, count: unknown): string | undefined {
	const tree = RESOURCES[locale];
	if (typeof count === 'number') {
		let rules = pluralRules.get(locale);
		if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
		const plural = lookup(tree, `${key}_${rules.select(count)}`) ?? lookup(tree, `${key}_other`);
		if (plural !== undefined) return plural;
	}
	return lookup(tree, key);
}

/**
 * Translates `key` in `locale`, reading the locale files as i18next does (nested keys, `{{name}}`
 * values, plural forms `key_one` / `key_other` chosen by `Intl.PluralRules`). A key whose file is
 * still on its way reads in French for that moment; a key found nowhere shows as itself. Not
 * i18next itself: its 16 KB (gzipped) would not fit a quiz page in its 60 KB budget;
 * `i18n.spec.ts` checks this gives i18next's output for every key of both locales.
 */
export function translate(locale: Locale, key: string, options: TOptions = {}): string {
	const found =
		template(locale, key, options.count) ??
		(locale === DEFAULT_LOCALE ? undefined : template(DEFAULT_LOCALE, key, options.count));
	if (found === undefined) return key;
	return found.replace(/\{\{\s*([\w.-]+)\s*\}\}/gu, (all, name: string) =>
		name in options ? String(options[name]) : all
	);
}
