import type { ArticleMeta, ParagraphKind, Removal, RemovalReason } from '../types';

/** A line or paragraph of the page while it is being cleaned. */
export interface Block {
	text: string;
	/** Null until `classifyParagraphs` decides. */
	kind: ParagraphKind | null;
	/** True when only a single line break separates it from the previous block (no blank line). */
	sameParagraphBreak: boolean;
}

/** The article while the ingest refiners work on it. */
export interface Draft {
	title: string | null;
	blocks: Block[];
	removed: Removal[];
	meta: ArticleMeta;
}

/** A step of the ingest stage: takes the draft, returns the refined draft. */
export type Refiner = (draft: Draft) => Draft;

/** Makes a block of running text. */
export function block(
	text: string,
	sameParagraphBreak = false,
	kind: ParagraphKind | null = null
): Block {
	return { text, kind, sameParagraphBreak };
}

/**
 * Drops the blocks `isBoilerplate` names, recording each with its reason.
 * The predicate returns the reason, or null to keep the block.
 */
export function removeBlocks(
	draft: Draft,
	isBoilerplate: (block: Block, index: number) => RemovalReason | null
): Draft {
	const blocks: Block[] = [];
	const removed = [...draft.removed];
	draft.blocks.forEach((b, i) => {
		const reason = isBoilerplate(b, i);
		if (reason) removed.push({ text: b.text, reason });
		else blocks.push(b);
	});
	return { ...draft, blocks, removed };
}

/** Compares two lines as a reader would: case, spacing and final punctuation aside. */
export function sameLine(a: string, b: string): boolean {
	return lineKey(a) === lineKey(b);
}

/** What `sameLine` compares: the line in lower case, punctuation and spacing collapsed. */
export function lineKey(line: string): string {
	return line
		.toLowerCase()
		.replace(/[\s.!?…:;,]+/gu, ' ')
		.trim();
}
