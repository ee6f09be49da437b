import { block, type Block } from '../draft';
import { parsePlainText } from './parse-plain-text';

/** What a JSON article record holds, once read. */
export interface JsonArticle {
	title: string | null;
	date: string | null;
	blocks: Block[];
}

const BODY_FIELDS = ['article', 'body', 'text', 'content'];
const LEAD_FIELDS = ['heading', 'lead', 'chapo', 'standfirst', 'summary'];

/**
 * Reads a scraped article stored as a JSON record (`{ title, heading, article, date }`, as in
 * news datasets). Returns null when the record has no text field, so the caller can explain.
 */
export function parseJsonRecord(record: unknown): JsonArticle | null {
	if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
	const fields = record as Record<string, unknown>;
	const pick = (names: string[]) => {
		for (const name of names) {
			const value = fields[name];
			if (typeof value === 'string' && value.trim() !== '') return value.trim();
		}
		return null;
	};
	const body = pick(BODY_FIELDS);
	if (body === null) return null;
	const lead = pick(LEAD_FIELDS);
	const blocks: Block[] = [];
	if (lead !== null) blocks.push(block(lead, false, 'lead'));
	blocks.push(...parsePlainText(body));
	return { title: pick(['title', 'headline']), date: pick(['date', 'published']), blocks };
}
