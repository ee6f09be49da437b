import {
	DEFAULT_LOCALE,
	LOCALE_STORAGE_KEY,
	pickLocale,
	translate,
	type Locale,
	type TOptions
} from './index';

/** The interface language, shared by every component. Pages are prerendered in French. */
let current = $state<Locale>(DEFAULT_LOCALE);

/** The current interface language. */
export function locale(): Locale {
	return current;
}

/** Translates a key in the current interface language; components re-render when it changes. */
export function t(key: string, options?: TOptions): string {
	return translate(current, key, options);
}

/**
 * Translates a key around one placeholder and returns the text before and after it, so the
 * caller can render the placeholder itself (French article words get their own `lang="fr"`).
 */
export function tAround(key: string, placeholder: string): [string, string] {
	const mark = '\u0000';
	const [before = '', after = ''] = t(key, { [placeholder]: mark }).split(mark);
	return [before, after];
}

/** Switches the interface language, remembers it, and tells assistive technology via `<html lang>`. */
export function setLocale(next: Locale): void {
	current = next;
	document.documentElement.lang = next;
	try {
		localStorage.setItem(LOCALE_STORAGE_KEY, next);
	} catch {
		// Storage can be off (private mode): the choice then lasts for this page only.
	}
}

/** On first load in the browser: the remembered choice, else the browser's language. */
export function restoreLocale(): void {
	let saved: string | null = null;
	try {
		saved = localStorage.getItem(LOCALE_STORAGE_KEY);
	} catch {
		saved = null;
	}
	setLocale(pickLocale(saved, navigator.languages ?? [navigator.language]));
	// The page now answers clicks: tests (and styles, if ever needed) can tell.
	document.documentElement.dataset.ready = 'true';
}
