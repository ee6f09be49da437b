import type { CleanArticle, Sentence, Span } from '$lib/pipeline/types';

/** A run of a sentence's text, marked when it lies in the highlighted passage. */
export interface Piece {
	text: string;
	marked: boolean;
}

/** A sentence as the reader renders it. */
export interface SentenceView {
	index: number;
	pieces: Piece[];
}

/** A paragraph as the reader renders it: its sentences and the spaces between them. */
export interface ParagraphView {
	index: number;
	kind: CleanArticle['paragraphs'][number]['kind'];
	parts: (SentenceView | string)[];
}

/**
 * `#passage-120-260` → `{ start: 120, end: 260 }`: the link form other pages use to open an
 * article at an exact passage. Null for any other hash or a range outside the text.
 */
export function parsePassageHash(hash: string, textLength: number): Span | null {
	const m = /^#passage-(\d+)-(\d+)$/u.exec(hash);
	if (!m) return null;
	const start = Number(m[1]);
	const end = Number(m[2]);
	return start < end && end <= textLength ? { start, end } : null;
}

/** Cuts the article into paragraphs of sentences, marking what lies inside `highlight`. */
export function paragraphViews(article: CleanArticle, highlight: Span | null): ParagraphView[] {
	const bySentence = new Map<number, Sentence[]>();
	article.sentences.forEach((s) => {
		const list = bySentence.get(s.paragraph) ?? [];
		list.push(s);
		bySentence.set(s.paragraph, list);
	});
	let sentenceIndex = 0;
	return article.paragraphs.map((p, index) => {
		const parts: (SentenceView | string)[] = [];
		let at = p.start;
		for (const s of bySentence.get(index) ?? []) {
			if (s.start > at) parts.push(article.text.slice(at, s.start));
			parts.push({ index: sentenceIndex++, pieces: pieces(article.text, s, highlight) });
			at = s.end;
		}
		if (at < p.end) parts.push(article.text.slice(at, p.end));
		return { index, kind: p.kind, parts };
	});
}

function pieces(text: string, s: Span, highlight: Span | null): Piece[] {
	if (!highlight || highlight.end <= s.start || highlight.start >= s.end) {
		return [{ text: text.slice(s.start, s.end), marked: false }];
	}
	const from = Math.max(s.start, highlight.start);
	const to = Math.min(s.end, highlight.end);
	return [
		{ text: text.slice(s.start, from), marked: false },
		{ text: text.slice(from, to), marked: true },
		{ text: text.slice(to, s.end), marked: false }
	].filter((p) => p.text !== '');
}
