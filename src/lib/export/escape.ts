/**
 * Escaping shared by the three formats. Text stays UTF-8 as it is (French no-break spaces,
 * guillemets, curly apostrophes): only the characters each syntax reserves are escaped.
 */

/** Characters XML 1.0 forbids anywhere, even escaped (C0 controls but tab and newlines). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** Text or attribute value for XML (and the XHTML of the questions): `& < > " '` as entities. */
export function escapeXml(text: string): string {
	return text
		.replace(FORBIDDEN, '')
		.replace(/&/gu, '&amp;')
		.replace(/</gu, '&lt;')
		.replace(/>/gu, '&gt;')
		.replace(/"/gu, '&quot;')
		.replace(/'/gu, '&apos;');
}

/** Text for HTML element content: `& < >` only, so apostrophes stay readable in the source. */
export function escapeHtml(text: string): string {
	return text
		.replace(FORBIDDEN, '')
		.replace(/&/gu, '&amp;')
		.replace(/</gu, '&lt;')
		.replace(/>/gu, '&gt;');
}

/**
 * A CDATA section holding `text` (HTML for Moodle). A `]]>` inside would close it early, so it
 * is split across two sections.
 */
export function cdata(text: string): string {
	return `<![CDATA[${text.replace(FORBIDDEN, '').replace(/\]\]>/gu, ']]]]><![CDATA[>')}]]>`;
}

/**
 * Text for a GIFT question, answer or feedback: a backslash before `\ ~ = # { } :` (French puts a
 * colon after « Source » and in every title), and line breaks as spaces since a blank line ends
 * a GIFT question.
 */
export function escapeGift(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/gu, ' ').replace(/[\\~=#{}:]/gu, (c) => `\\${c}`);
}
