import type { Block, Draft } from '../draft';
import { GLUED_OPENER } from './glue';
import { wordCount } from '../../word-count';

/** Longest caption: a caption is a line or two, never a paragraph. */
const MAX_CAPTION = 250;

/** Up to this many words, the glued piece is a sub-heading (`Moins de déchets`), not a caption. */
const MAX_HEADING_WORDS = 5;

/**
 * Takes out a photo caption that the scraper glued to the first word of the next sentence:
 * `Le siège du Capitole a été fomenté par les mots du président sortant TrumpLe choix de Parler
 * a coûté cher…` becomes the caption `…président sortant Trump` (removed) and the sentence
 * `Le choix de Parler a coûté cher…` (kept whole). The caption is what comes before the glue,
 * from the start of the paragraph, and holds no full stop: it is not part of a sentence.
 * A glued piece of a few words (`Moins de déchetsL'État s'engage…`) is a sub-heading: it stays.
 */
export function unglueCaption(draft: Draft): Draft {
	const blocks: Block[] = [];
	const removed = [...draft.removed];
	for (const b of draft.blocks) {
		const m = GLUED_OPENER.exec(b.text);
		const caption = m ? b.text.slice(0, m.index) : '';
		if (m && caption.length <= MAX_CAPTION && !/[.!?…]/u.test(caption) && /\s/u.test(caption)) {
			if (wordCount(caption.trim()) <= MAX_HEADING_WORDS) {
				blocks.push({ ...b, text: caption.trim(), kind: 'heading' });
			} else {
				removed.push({ text: caption, reason: 'glued-caption' });
			}
			blocks.push({ ...b, text: b.text.slice(m.index), sameParagraphBreak: false });
		} else {
			blocks.push(b);
		}
	}
	return { ...draft, blocks, removed };
}
