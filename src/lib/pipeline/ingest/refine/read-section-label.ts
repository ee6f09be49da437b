import type { Draft } from '../draft';

/**
 * `France-Monde. Après Google et Apple, Amazon prévoit…`: a compound section name printed before
 * the first sentence. Only hyphenated capitalised compounds count, so a sentence starting with a
 * place or a name (`Paris. Le…` is no French sentence anyway) is left alone.
 */
const SECTION = /^(?<section>\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)+)\.\s+(?=\p{Lu})/u;

/** Reads a section label off the first paragraph into `meta.section`. */
export function readSectionLabel(draft: Draft): Draft {
	const index = draft.blocks.findIndex((b) => b.kind !== 'heading');
	const first = draft.blocks[index];
	const m = first && SECTION.exec(first.text);
	if (!first || !m) return draft;
	const blocks = [...draft.blocks];
	blocks[index] = { ...first, text: first.text.slice(m[0].length) };
	return {
		...draft,
		blocks,
		removed: [...draft.removed, { text: m[0].trim(), reason: 'section-label' }],
		meta: { ...draft.meta, section: draft.meta.section ?? m.groups!.section! }
	};
}
