import { DOMParser } from 'linkedom';

/** The text a browser shows for an HTML fragment (entities decoded, tags dropped). */
export function htmlText(html: string): string {
	const doc = new DOMParser().parseFromString(
		`<!doctype html><html><body>${html}</body></html>`,
		'text/html'
	);
	return doc.body.textContent ?? '';
}
