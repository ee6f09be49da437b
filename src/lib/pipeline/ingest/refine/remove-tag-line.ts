import { removeBlocks, type Draft } from '../draft';

const FUNCTION_WORDS = new Set(
	'le la les un une des du de et ou à au aux en est sont a ont pour par sur dans avec ne pas'.split(
		' '
	)
);

/**
 * Drops a leading line of keywords that some sites print above the headline.
 * `parler amazon google apple` goes; `refuse d'héberger Parler sur son Cloud` stays (it has
 * punctuation, capitals and function words: it is a sentence, not tags).
 */
export function removeTagLine(draft: Draft): Draft {
	return removeBlocks(draft, (b, i) => {
		if (i !== 0 || draft.blocks.length < 2) return null;
		const words = b.text.split(' ');
		const tagLike =
			/^[\p{Ll}\d-]+(?: [\p{Ll}\d-]+){1,9}$/u.test(b.text) &&
			!words.some((w) => FUNCTION_WORDS.has(w));
		return tagLike ? 'tag-line' : null;
	});
}
