import type { Draft } from '../draft';

/**
 * `Via BBC`, `Source : Le Monde`, `(Avec AFP)`: the last line credits the outlet the article comes
 * from. It is taken out of the text and kept in `meta.via`.
 */
const SOURCE_LINE =
	/^\(?(?:via|sources?\s*:|avec|d'après)\s+(?<outlet>[\p{Lu}\d][\p{L}\d .&'’-]{0,50}?)\)?\.?$/iu;

/** Reads a closing source line into `meta.via`. */
export function readSourceLine(draft: Draft): Draft {
	const last = draft.blocks.at(-1);
	const outlet = last && SOURCE_LINE.exec(last.text)?.groups?.outlet;
	if (!last || !outlet) return draft;
	return {
		...draft,
		blocks: draft.blocks.slice(0, -1),
		removed: [...draft.removed, { text: last.text, reason: 'source-line' }],
		meta: { ...draft.meta, via: draft.meta.via ?? outlet.trim() }
	};
}
