import {
	DEFAULT_LOCALE,
	LOCALE_STORAGE_KEY,
	loadLocale,
	onStrings,
	pickLocale,
	translate,
	type Locale,
	type TOptions
} from './index';

/** The interface language, shared by every component. Pages are prerendered in French. */
let current = $state<Locale>(DEFAULT_LOCALE);

/** Counts arrivals of strings: text shown while its file was on its way is translated again. */
let arrivals = $state(0);
onStrings(() => arrivals++);

/** The language asked for last: an earlier choice whose strings arrive later gives way. */
let asked: Locale = DEFAULT_LOCALE;

/** The current interface language. */
export function locale(): Locale {
	return current;
}

/** Translates a key in the current interface language; components re-render when it changes. */
export function t(key: string, options?: TOptions): string {
	void arrivals; // read, so a component re-renders when strings arrive
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

/**
 * Switches the interface language once its strings have arrived (French is always there), remembers
 * it, and tells assistive technology via `<html lang>`. If they cannot be fetched (offline), the
 * interface stays as it is rather than mixing languages.
 */
export async function setLocale(next: Locale): Promise<void> {
	asked = next;
	const loaded = await loadLocale(next);
	if (asked !== next || !loaded) return;
	current = next;
	document.documentElement.lang = next;
	try {
		localStorage.setItem(LOCALE_STORAGE_KEY, next);
	} catch {
		// Storage can be off (private mode): the choice then lasts for this page only.
	}
}

/**
 * Resolves once every file of strings of the language asked for has arrived: a part of a page
 * loaded late (with strings of its own) awaits it, so an English reader never sees it in French.
 */
export async function stringsReady(): Promise<void> {
	await loadLocale(asked);
}

/** On first load in the browser: the remembered choice, else the browser's language. */
export async function restoreLocale(): Promise<void> {
	let saved: string | null = null;
	try {
		saved = localStorage.getItem(LOCALE_STORAGE_KEY);
	} catch {
		saved = null;
	}
	try {
		await setLocale(pickLocale(saved, navigator.languages ?? [navigator.language]));
	} finally {
		// The page now answers clicks, in its language: tests (and styles, if ever needed) can tell.
		document.documentElement.dataset.ready = 'true';
	}
}
