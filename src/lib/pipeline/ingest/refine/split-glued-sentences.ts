import { block, type Block, type Draft } from '../draft';

/**
 * `…le 14 juillet.Après un week-end…`: where a scraper dropped paragraph breaks, a sentence end
 * touches the next sentence's first letter. The break is put back as a paragraph break.
 * The word before the stop has two letters or more, so initials (`J.K.`, `U.S.`) stay whole.
 */
const GLUED_END = /(?<=[\p{L}\p{N}%)\]»"”'’]{2})[.!?…]+["»”]?(?=["«“]?\p{Lu}|- \p{Lu})/gu;
/** What `GLUED_END` cannot match without: a stop touching a capital. Most text has none. */
const GLUED_HINT = /[.!?…]["»”]?(?:["«“]?\p{Lu}|- \p{Lu})/u;

/**
 * `…Maison Blanche.- Possible veto de Pékin -Cette affaire…`, `…monde.- Porte-à-porte -Dans le
 * quartier…`: a news-agency sub-heading between dashes, glued to the sentences around it.
 */
const GLUED_HEADING = /(?<=^|[.!?…"»”] ?)- (?:(?![.!?] (?!-))[^\n]){2,80}? -(?= ?["«\p{Lu}])/gu;

/** Splits blocks where a scraper glued sentences or sub-headings together. */
export function splitGluedSentences(draft: Draft): Draft {
	const blocks: Block[] = [];
	for (const b of draft.blocks) {
		let first = true;
		for (const part of splitHeadings(b.text)) {
			for (const piece of part.heading ? [part.text] : splitAtGluedEnds(part.text)) {
				const kind = part.heading ? 'heading' : b.kind;
				blocks.push(first ? { ...b, text: piece, kind } : block(piece, false, kind));
				first = false;
			}
		}
	}
	return { ...draft, blocks };
}

function splitHeadings(text: string): { text: string; heading: boolean }[] {
	const parts: { text: string; heading: boolean }[] = [];
	let last = 0;
	for (const m of text.includes('- ') ? text.matchAll(GLUED_HEADING) : []) {
		if (m.index > last) parts.push({ text: text.slice(last, m.index), heading: false });
		parts.push({ text: m[0], heading: true });
		last = m.index + m[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), heading: false });
	return parts.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text !== '');
}

/**
 * Splits at glued sentence ends, keeping a straight quote `"` on the side it belongs to:
 * `Poutine."Un` opens a new quote when none is open, closes the open one otherwise.
 */
function splitAtGluedEnds(text: string): string[] {
	const pieces: string[] = [];
	let last = 0;
	for (const m of GLUED_HINT.test(text) ? text.matchAll(GLUED_END) : []) {
		let cut = m.index + m[0].length;
		const open = (text.slice(last, m.index).match(/"/gu) ?? []).length % 2 === 1;
		if (m[0].endsWith('"') && !open) cut -= 1;
		pieces.push(text.slice(last, cut));
		last = cut;
	}
	pieces.push(text.slice(last));
	return pieces.map((p) => p.trim()).filter((p) => p !== '');
}
