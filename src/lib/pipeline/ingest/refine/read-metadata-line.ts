import type { Draft } from '../draft';

const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
];

/** `date 2021-01 Amazon Web Services (AWS) a également…`: a scraper's date field left in the text. */
const DATE_FIELD = /^date\s*:?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*/iu;

/** `Publié le 7 janvier 2021 à 10h32` or `Mis à jour le 8 janvier 2021`: a page's dateline. */
const DATELINE = new RegExp(
	`^(?:publié|mis à jour|modifié)\\s+le\\s+(\\d{1,2})(?:er)?\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b[^.]{0,40}$`,
	'iu'
);

/**
 * Reads the publication date when the page states it at its top, and takes that line out of the
 * text. Only these explicit forms count; a date merely mentioned in the article is not its date.
 */
export function readMetadataLine(draft: Draft): Draft {
	const blocks = [...draft.blocks];
	const removed = [...draft.removed];
	let date = draft.meta.date;
	for (let i = 0; i < Math.min(3, blocks.length); i++) {
		const b = blocks[i]!;
		const field = DATE_FIELD.exec(b.text);
		const dateline = field ? null : DATELINE.exec(b.text);
		if (field) {
			date ??= field[1]!;
			removed.push({ text: field[0].trim(), reason: 'metadata-line' });
			const rest = b.text.slice(field[0].length);
			if (rest === '') blocks.splice(i--, 1);
			else blocks[i] = { ...b, text: rest };
		} else if (dateline) {
			const month = String(MONTHS.indexOf(dateline[2]!.toLowerCase()) + 1);
			date ??= `${dateline[3]}-${month.padStart(2, '0')}-${dateline[1]!.padStart(2, '0')}`;
			removed.push({ text: b.text, reason: 'metadata-line' });
			blocks.splice(i--, 1);
		}
	}
	return { ...draft, blocks, removed, meta: { ...draft.meta, date } };
}
