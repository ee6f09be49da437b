import type { Passage } from './passage';

/** Words shown on each side of an answer in an explanation. */
const AROUND = 7;

/**
 * The few words of a passage around an answer, for an explanation that points to the passage
 * without repeating it (the feedback shows the whole passage just below):
 * `…a suivi son exemple samedi en regrettant la "prolifération"…`. Cut at word boundaries, never
 * across the sentence the question is about, with `…` where words were left out.
 */
export function excerptAround(
	passage: Passage,
	start: number,
	end: number,
	around = AROUND
): string {
	const s = passage.sentence;
	const before = passage.text.slice(Math.max(0, s.start - passage.start), start - passage.start);
	const answer = passage.text.slice(start - passage.start, end - passage.start);
	const after = passage.text.slice(end - passage.start, s.end - passage.start);
	const head = before.split(/(?<=\s)/u).filter((w) => w !== '');
	const tail = after.split(/(?=\s)/u).filter((w) => w !== '');
	let from = Math.max(0, head.length - around);
	let to = Math.min(tail.length, around);
	// Never half a quotation: `…de "menaces de…` shows a quotation mark that opens nowhere. The
	// marks shown are counted as words are added, not counted again over the whole excerpt.
	const marks = (w: string) => {
		let n = 0;
		for (let at = w.indexOf('"'); at >= 0; at = w.indexOf('"', at + 1)) n++;
		return n;
	};
	let shown =
		head.slice(from).reduce((n, w) => n + marks(w), 0) +
		marks(answer) +
		tail.slice(0, to).reduce((n, w) => n + marks(w), 0);
	while (shown % 2 === 1 && to < tail.length) shown += marks(tail[to++]!);
	while (shown % 2 === 1 && from > 0) shown += marks(head[--from]!);
	const shownHead = head.slice(from).join('');
	const shownTail = tail
		.slice(0, to)
		.join('')
		.replace(/[\s,;:]+$/u, '');
	const cutHead = from > 0;
	const cutTail = to < tail.length;
	return `${cutHead ? '…' : ''}${shownHead}${answer}${shownTail.replace(/[.!?]$/u, '')}${cutTail ? '…' : ''}`;
}
