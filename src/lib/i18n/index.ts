import i18next, { type TOptions } from 'i18next';
import en from './en.json';
import fr from './fr.json';

/** Interface languages. Article text is always French, whatever the interface. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** French when the browser asks for neither language. */
export const DEFAULT_LOCALE: Locale = 'fr';

/** Where the learner's choice of language is remembered. */
export const LOCALE_STORAGE_KEY = 'recoupe.locale';

/** One i18next instance for the app, loaded synchronously: both locales ship with the page. */
export const i18n = i18next.createInstance();
void i18n.init({
	lng: DEFAULT_LOCALE,
	fallbackLng: false,
	supportedLngs: [...LOCALES],
	resources: { fr: { translation: fr }, en: { translation: en } },
	interpolation: { escapeValue: false },
	returnNull: false,
	initAsync: false
});

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

/** Translates `key` in `locale`. */
export function translate(locale: Locale, key: string, options?: TOptions): string {
	return i18n.t(key, { ...options, lng: locale }) as string;
}
