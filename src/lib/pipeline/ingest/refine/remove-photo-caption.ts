import type { Block, Draft } from '../draft';

/** Captions are a line or two long. */
const MAX_CAPTION = 400;

/** Picture agencies and photo services whose name closes a credit. */
const AGENCIES =
	'AFP|Reuters|AP|Getty(?: Images)?|Maxppp|Sipa|Abaca|Hans Lucas|EPA|Shutterstock|iStock|DR';

/**
 * Credit forms that end or mark a photo caption:
 * `… du logo du réseau social Parler - Olivier DOULIERY [AFP/Archives]`, `… (Photo : AFP)`,
 * `© Reuters`, `Crédit photo : …`, `… / AFP`.
 */
const CREDIT = [
	/\s[-–—/]\s*(?<credit>[^-–—/[]{0,60}\[[\p{L}\s/.&-]{2,40}\])$/u,
	/(?<credit>\[[\p{L}\s/.&-]{2,40}\])$/u,
	/(?:©|\(c\)|crédits? photos?\s*:|photo\s*:)\s*(?<credit>[^)]{2,80})\)?$/iu,
	new RegExp(
		`\\s[/|]\\s*(?<credit>(?:[\\p{L}. -]{2,40}\\s*[/|]\\s*)?(?:${AGENCIES}))\\s*\\)?$`,
		'u'
	)
];

/** `(ARCHIVES) Photo prise le…`, `Photo d'illustration`: a caption's own opening words. */
const CAPTION_START =
	/^(?:\((?:archives|illustration|photo)\)|photo (?:prise|d'illustration)|illustration\s*:)/iu;

/**
 * Drops photo captions and records their credit in `meta.credits`. A line counts as a caption
 * when it carries a credit or opens like one; running text never ends in `[AFP/Archives]`.
 */
export function removePhotoCaption(draft: Draft): Draft {
	const blocks: Block[] = [];
	const removed = [...draft.removed];
	const credits = [...draft.meta.credits];
	for (const b of draft.blocks) {
		const credit = b.text.length <= MAX_CAPTION ? findCredit(b.text) : null;
		if (credit !== null || (b.text.length <= MAX_CAPTION && CAPTION_START.test(b.text))) {
			removed.push({ text: b.text, reason: 'photo-caption' });
			if (credit) credits.push(credit);
		} else {
			blocks.push(b);
		}
	}
	return { ...draft, blocks, removed, meta: { ...draft.meta, credits } };
}

function findCredit(line: string): string | null {
	for (const re of CREDIT) {
		const credit = re.exec(line)?.groups?.credit?.trim();
		if (credit) return credit;
	}
	return null;
}
