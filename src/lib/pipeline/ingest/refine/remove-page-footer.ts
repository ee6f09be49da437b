import { removeBlocks, sameLine, type Draft } from '../draft';
import type { RemovalReason } from '../../types';
import { isNavigation } from './remove-navigation';
import { promptReason } from './prompts';

/** `Petites Annonces`, `Annonces immobilières`: the start of a classifieds widget. */
const ADS_HEADING =
	/^(?:petites annonces|annonces(?: immobilières| légales| auto)?|bonnes affaires)$/iu;

/** `Appartement t2 Gex (01170) 940€ Découvrir`: an ad carries a postcode, a price or a call to click. */
const AD_LINE = /(?:\(\d{5}\)|\d[\d  .]*\s?(?:€|euros?)(?:\s|$)|\bDécouvrir$)/u;

/** A paragraph of prose: long and finished. Nothing after one is a page footer. */
function isProse(line: string): boolean {
	return line.length >= 100 && /[.!?…»"”)]$/u.test(line) && promptReason(line) === null;
}

/**
 * Drops the page footer that scrapers keep after an article: prompts, classified ads, links to
 * the site's other services, a repeated headline. The footer starts at the first prompt, menu
 * word or ads heading after which no paragraph of prose comes; each line gets its own reason.
 */
export function removePageFooter(draft: Draft): Draft {
	const { blocks } = draft;
	let start = blocks.length;
	for (let i = blocks.length - 1; i >= 0; i--) {
		const line = blocks[i]!.text;
		if (isProse(line)) break;
		if (promptReason(line) || isNavigation(line) || ADS_HEADING.test(line)) start = i;
	}
	let inAds = false;
	return removeBlocks(draft, (b, i): RemovalReason | null => {
		if (i < start) return null;
		const line = b.text;
		if (ADS_HEADING.test(line)) inAds = true;
		const prompt = promptReason(line);
		if (prompt) return prompt;
		if (isNavigation(line)) return 'navigation';
		if (draft.title !== null && sameLine(line, draft.title)) return 'repeated-title';
		if (inAds && (ADS_HEADING.test(line) || AD_LINE.test(line) || isAdLabel(blocks, i))) {
			return 'classified-ads';
		}
		inAds = false;
		return 'site-links';
	});
}

/** `Immobilier` then `Appartement t2` then the ad: labels and ad titles come just before an ad. */
function isAdLabel(blocks: { text: string }[], i: number): boolean {
	const line = blocks[i]!.text;
	if (line.length > 80 || /[.!?]$/u.test(line)) return false;
	return blocks.slice(i + 1, i + 3).some((b) => AD_LINE.test(b.text));
}
