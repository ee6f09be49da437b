import type { Span } from '../types';
import { allMatches } from './matches';

/** A quoted passage: `open` and `close` are the offsets of its marks; `start`/`end` its words. */
export interface QuotedSpan extends Span {
	open: number;
	close: number;
}

/** Words whose apostrophe is an elision (`l'`, `qu'`, `aujourd'hui`), not a quotation mark. */
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|presqu|quoiqu|aujourd)$/iu;

/**
 * Quoted passages of a paragraph, in every form French pages use: `« … »`, the same marks the
 * wrong way round (`l'application » Parler «`, from a badly converted page), `“ … ”`, `" … "`
 * and straight apostrophes (`'Il est clair que…', précise-t-on`). Guillemets and straight
 * quotes pair in order, and only when the paragraph holds an even number of them: a lone mark
 * (`des messages "incitant à la violence.`) means the page lost one, and nothing is guessed.
 * `offset` is the paragraph's offset in the article; spans are article offsets.
 */
export function quoteMarks(text: string, offset = 0): QuotedSpan[] {
	const spans: QuotedSpan[] = [];
	const pairUp = (marks: number[]) => {
		if (marks.length % 2 !== 0) return;
		for (let i = 0; i < marks.length; i += 2) push(marks[i]!, marks[i + 1]!);
	};
	const push = (open: number, close: number) => {
		let start = open + 1;
		let end = close;
		while (start < end && /\s/u.test(text[start]!)) start++;
		while (end > start && /\s/u.test(text[end - 1]!)) end--;
		if (end > start)
			spans.push({
				open: open + offset,
				close: close + offset,
				start: start + offset,
				end: end + offset
			});
	};
	pairUp(positions(text, /[«»]/gu));
	pairUp(positions(text, /"/gu));
	// Curly quotes have a direction; an opening one waits for the next closing one.
	let curly = -1;
	for (const at of positions(text, /[“”]/gu)) {
		if (text[at] === '“') curly = at;
		else if (curly >= 0) {
			push(curly, at);
			curly = -1;
		}
	}
	// A straight apostrophe opens after a space and closes before one; elisions never count.
	let single = -1;
	for (const at of positions(text, /'/gu)) {
		const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, at - 9), at))?.[0] ?? ''; // elisions are short
		if (word && ELIDED.test(word)) continue;
		const opens = (at === 0 || /[\s(]/u.test(text[at - 1]!)) && /\p{L}/u.test(text[at + 1] ?? '');
		const closes =
			at > 0 && !/\s/u.test(text[at - 1]!) && /^(?:[\s,.;:!?)]|$)/u.test(text[at + 1] ?? '');
		if (single < 0 && opens) single = at;
		else if (single >= 0 && closes) {
			push(single, at);
			single = -1;
		}
	}
	// Quotes inside a quote (`« il a dit "non" »`) belong to the outer one.
	const outer = spans.filter(
		(s) => !spans.some((o) => o !== s && o.open < s.open && s.close < o.close)
	);
	return outer.sort((a, b) => a.open - b.open);
}

function positions(text: string, re: RegExp): number[] {
	return allMatches(re, text).map((m) => m.index);
}
