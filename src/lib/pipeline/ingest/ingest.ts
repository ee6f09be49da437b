import type { ArticleMeta, CleanArticle, Removal } from '../types';
import { assemble } from './assemble';
import { decode } from './decode';
import { detectLanguage, LANGUAGE_NAMES } from './detect-language';
import type { Draft, Refiner } from './draft';
import { IngestError } from './errors';
import { readInput } from './read-input';
import { normalize } from './normalize';
import { classifyParagraphs } from './refine/classify-paragraphs';
import { detectTitle } from './refine/detect-title';
import { joinBrokenLines } from './refine/join-broken-lines';
import { readMetadataLine } from './refine/read-metadata-line';
import { readSectionLabel } from './refine/read-section-label';
import { readSourceLine } from './refine/read-source-line';
import { removeNavigation } from './refine/remove-navigation';
import { removePageFooter } from './refine/remove-page-footer';
import { removePhotoCaption } from './refine/remove-photo-caption';
import { removePrompts } from './refine/remove-prompts';
import { removeRepeatedTitle } from './refine/remove-repeated-title';
import { removeTagLine } from './refine/remove-tag-line';
import { splitGluedSentences } from './refine/split-glued-sentences';
import { turnGuillemets } from './refine/turn-guillemets';
import { unglueCaption } from './refine/unglue-caption';

/** The ingest refiners, in the order they run. Each takes the draft and returns it refined. */
export const REFINERS: Refiner[] = [
	readMetadataLine,
	removeTagLine,
	removeNavigation,
	detectTitle,
	removeRepeatedTitle,
	removePageFooter,
	removePrompts,
	splitGluedSentences,
	joinBrokenLines,
	turnGuillemets,
	unglueCaption,
	removePhotoCaption,
	readSourceLine,
	readSectionLabel,
	classifyParagraphs
];

/** An input file: its name (for ids and error messages) and its bytes. */
export interface InputFile {
	name: string;
	bytes: Uint8Array;
}

/**
 * The ingest stage: one raw article file in, one cleaned and segmented article out.
 * Throws an `IngestError` naming the file and the problem when the file is not a French article.
 */
export function ingest({ name, bytes }: InputFile): CleanArticle {
	const raw = decode(name, bytes);
	const normalized = normalize(raw);
	const input = readInput(name, normalized);
	const meta: ArticleMeta = {
		source: name,
		format: input.format,
		date: input.date,
		outlet: input.outlet,
		via: null,
		section: null,
		credits: []
	};
	let draft: Draft = { title: input.title, blocks: input.blocks, removed: input.removed, meta };
	for (const refine of REFINERS) draft = refine(draft);
	const { text, paragraphs, sentences } = assemble(draft.blocks);
	if (text.trim() === '') {
		throw new IngestError(
			name,
			'no-text',
			'has no article text left once page furniture is removed'
		);
	}
	const lang = detectLanguage(text);
	if (lang !== 'fr') {
		const said = lang ? `it looks like ${LANGUAGE_NAMES[lang]}` : 'its language could not be told';
		throw new IngestError(
			name,
			'not-french',
			`is not a French article (${said}); Recoupe reads French news`
		);
	}
	return {
		id: articleId(name),
		title: draft.title,
		lang: 'fr',
		text,
		paragraphs,
		sentences,
		removed: inPageOrder(draft.removed, normalized),
		meta: draft.meta
	};
}

/** Lists removals in the order they stood on the page, so a reader can follow them. */
function inPageOrder(removed: Removal[], page: string): Removal[] {
	// Runs of spaces as one space; a lone plain space, most of them, is left as it is.
	const flat = (s: string) => s.replace(/\s{2,}|[^\S ]/gu, ' ');
	const onPage = flat(page);
	const at = removed.map((r) => onPage.indexOf(flat(r.text)));
	return removed
		.map((r, i) => ({ r, at: at[i]! < 0 ? Infinity : at[i]!, i }))
		.sort((a, b) => a.at - b.at || a.i - b.i)
		.map(({ r }) => r);
}

/** `000_95883bacd4af7707.txt` → `000_95883bacd4af7707`: a URL-safe id from the file name. */
export function articleId(name: string): string {
	const base = name.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
	const id = base
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9_-]+/gu, '-')
		.replace(/^-+|-+$/gu, '');
	return id || 'article';
}
