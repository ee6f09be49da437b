import type { CleanArticle, Span } from '../types';
import { speakerAfter, speakerBefore, speakerSelon, type SpeakerText } from './attribution';
import { quoteMarks, type QuotedSpan } from './quote-marks';

/** Where a speaker was named: their words as the article writes them, at article offsets. */
export interface SpeakerSpan extends Span {
	text: string;
	by: SpeakerText['by'];
	chez?: string;
	verb: string;
	back?: SpeakerText['back'];
}

/**
 * Someone's words as an article reports them: `direct`, a whole statement in quotation marks with
 * its attribution (`« Nous allons… », a déclaré Matze.`); `partial`, quoted words inside the
 * journalist's sentence (`Amazon dit avoir "observé…"`); `indirect`, a paraphrase with no
 * quotation marks (`AWS a déclaré avoir trouvé 98 publications…`, `Selon Google, …`).
 */
export interface ReportedSpeech extends Span {
	kind: 'speech';
	article: string;
	form: 'direct' | 'partial' | 'indirect';
	/** The quoted words (not for `indirect`). */
	quote: QuotedSpan | null;
	speaker: SpeakerSpan;
	/** Sentence indices covering the words and their attribution; `start`/`end` are their offsets. */
	first: number;
	last: number;
}

/** Sentences a paraphrase needs after its reporting verb: `que`, `avoir`, `ne pas`. */
const REPORTED_CLAUSE = /^[^.]{0,60}?\s(?:que|qu['’]|avoir|être|ne|n['’])/u;

/**
 * Reported speech of an article, in reading order. Quotations are read per paragraph (a quote may
 * run over two sentences), attributed by the incise after them, else by the subject of a
 * reporting verb before them, else by `Selon X,` opening their sentence. Quotations nobody is
 * credited with (scare quotes: `le "trou de la Sécu"`) are left out. Speakers are left as
 * written: pronouns and roles are resolved against the corpus later.
 */
export function extractQuotes(article: CleanArticle): ReportedSpeech[] {
	// The quotes family asks twice per article: read once (the array is shared, never changed).
	const known = quotesOf.get(article);
	if (known) return known;
	const out: ReportedSpeech[] = [];
	const text = article.text;
	const sentenceAt = (offset: number) =>
		article.sentences.findIndex((s) => s.start <= offset && offset < s.end);
	const quoted = new Set<number>();
	for (const p of article.paragraphs) {
		if (p.kind === 'heading') continue;
		for (const q of quoteMarks(text.slice(p.start, p.end), p.start)) {
			const first = sentenceAt(q.open);
			const last = sentenceAt(q.close);
			if (first < 0 || last < 0) continue;
			for (let i = first; i <= last; i++) quoted.add(i);
			const sFirst = article.sentences[first]!;
			const sLast = article.sentences[last]!;
			const before = text.slice(sFirst.start, q.open);
			const afterAt = q.close + 1;
			const after = text.slice(afterAt, sLast.end);
			let found: SpeakerText | null = speakerAfter(after);
			let base = afterAt;
			let whole = /^\s*$/u.test(before);
			if (!found) {
				found = speakerBefore(before) ?? speakerSelon(before);
				base = sFirst.start;
				whole = /:\s*$/u.test(before) && found !== null;
			}
			if (!found) continue;
			out.push({
				kind: 'speech',
				article: article.id,
				form: whole ? 'direct' : 'partial',
				quote: q,
				speaker: spanOf(found, base),
				first,
				last,
				start: sFirst.start,
				end: sLast.end
			});
		}
	}
	article.sentences.forEach((s, i) => {
		if (quoted.has(i) || article.paragraphs[s.paragraph]?.kind === 'heading') return;
		const sentence = text.slice(s.start, s.end);
		if (/["«»“”]/u.test(sentence)) return;
		const found = speakerSelon(sentence) ?? speakerBefore(sentence);
		if (!found) return;
		const tail = sentence.slice(found.at + found.text.length);
		if (found.verb !== 'selon' && !REPORTED_CLAUSE.test(tail.slice(tail.indexOf(found.verb))))
			return;
		out.push({
			kind: 'speech',
			article: article.id,
			form: 'indirect',
			quote: null,
			speaker: spanOf(found, s.start),
			first: i,
			last: i,
			start: s.start,
			end: s.end
		});
	});
	quotesOf.set(
		article,
		out.sort((a, b) => a.start - b.start || a.first - b.first)
	);
	return out;
}

const quotesOf = new WeakMap<CleanArticle, ReportedSpeech[]>();

function spanOf(found: SpeakerText, base: number): SpeakerSpan {
	return {
		text: found.text,
		start: base + found.at,
		end: base + found.at + found.text.length,
		by: found.by,
		verb: found.verb,
		...(found.chez ? { chez: found.chez } : {}),
		...(found.back ? { back: found.back } : {})
	};
}
