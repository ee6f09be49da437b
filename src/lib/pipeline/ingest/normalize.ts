/**
 * The one normalisation of the pipeline; nothing downstream normalises again, so offsets stay true.
 * Unicode NFC, `\n` line endings, every kind of space (non-breaking, narrow, tab, ideographic) as
 * one plain space, invisible characters dropped, spaces trimmed at line ends and collapsed.
 */
export function normalize(raw: string): string {
	return (
		raw
			.replace(/^\uFEFF/u, '')
			.normalize('NFC')
			.replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
			// zero-width spaces and joiners, soft hyphens, word joiners: invisible scraping debris
			.replace(/[\u200B-\u200D\u2060\u00AD\uFEFF]/gu, '')
			// Only runs that change: a lone plain space (most of them) stays as it is.
			.replace(
				/[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu,
				' '
			)
			.replace(/ *\n */gu, '\n')
			.trim()
	);
}
