import { strToU8, zipSync } from 'fflate';
import { qtiItem } from './qti-item';
import { qtiManifest } from './qti-manifest';
import { toSource, type ExportInput, type ExportOptions, type ExportResult } from './source';

/** One item file of a QTI package. */
export interface QtiItemFile {
	id: string;
	/** Path inside the package. */
	href: string;
	xml: string;
}

/** A QTI 2.1 content package, as files and as the zip a teacher downloads. */
export interface QtiPackage {
	manifest: string;
	items: QtiItemFile[];
	zip: Uint8Array;
}

/** A fixed date for every zip entry, so the same set always gives the same bytes. */
const MTIME = new Date(Date.UTC(2021, 0, 1));

/**
 * A set or an assignment as an IMS QTI 2.1 content package: imsmanifest.xml at the root and one
 * assessmentItem per question under items/. QTI has a native interaction for every question
 * type (ordering and matching included), so nothing is skipped.
 */
export function toQti(input: ExportInput, options: ExportOptions = {}): ExportResult<QtiPackage> {
	const source = toSource(input);
	const items = source.questions.map((q) => ({
		id: q.id,
		href: `items/${q.id}.xml`,
		xml: qtiItem(q, options)
	}));
	const manifest = qtiManifest(source.id, source.title, items);
	const files: Record<string, Uint8Array> = { 'imsmanifest.xml': strToU8(manifest) };
	for (const item of items) files[item.href] = strToU8(item.xml);
	const zip = zipSync(files, { level: 9, mtime: MTIME });
	return { content: { manifest, items, zip }, skipped: [] };
}
