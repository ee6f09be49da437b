import { choicesOf, type Question } from '$lib/questions/schema';
import { escapeGift, escapeHtml } from './escape';
import { multipleFractions } from './fractions';

/** The answer lines of one GIFT question, or why the question cannot be written in GIFT. */
export type GiftAnswers = { lines: string[] } | { reason: string };

/** A choice's HTML for GIFT; a leading `%` would read as a weight, so it becomes an entity. */
const choice = (text: string) => escapeGift(escapeHtml(text).replace(/^%/u, '&#37;'));

/** Typed answers are compared as typed: no HTML, only GIFT escapes. */
const typed = (text: string) => escapeGift(text.trim());

/**
 * The inside of the answer braces for `q`, by GIFT's native types: `=right ~wrong` (single),
 * `~%50%right ~%-100%wrong` (multiple), `T`/`F`, `=a =b` (short answer), `=left -> right`
 * (matching). GIFT has no ordering question.
 */
export function giftAnswers(q: Question): GiftAnswers {
	switch (q.type) {
		case 'single':
		case 'classification':
		case 'evidence':
			return { lines: choicesOf(q).map((c) => `${c.correct ? '=' : '~'}${choice(c.text)}`) };
		case 'multiple': {
			const right = q.choices.filter((c) => c.correct).length;
			const shares = multipleFractions(right, q.choices.length - right);
			if (shares === undefined) return { reason: `no Moodle grade for ${right} right answers` };
			return {
				lines: q.choices.map(
					(c) => `~%${c.correct ? shares.right : shares.wrong}%${choice(c.text)}`
				)
			};
		}
		case 'true-false': {
			const right = q.choices
				.find((c) => c.correct)
				?.text.trim()
				.toLowerCase();
			if (right !== 'vrai' && right !== 'faux') return { reason: 'choices are not Vrai/Faux' };
			return { lines: [right === 'vrai' ? 'T' : 'F'] };
		}
		case 'cloze':
		case 'short':
			return { lines: q.accept.map((a) => `=${typed(a)}`) };
		case 'matching': {
			const texts = [...q.left, ...q.right].map((i) => i.text);
			if (texts.some((t) => t.includes('->'))) return { reason: 'an item contains "->"' };
			const pairs = q.pairs.map((p) => {
				const left = q.left.find((l) => l.id === p.left)!;
				const right = q.right.find((r) => r.id === p.right)!;
				return `=${choice(left.text)} -> ${typed(right.text)}`;
			});
			// A right item no left item leads to is a distractor: an empty left side in GIFT.
			const used = new Set(q.pairs.map((p) => p.right));
			const extras = q.right.filter((r) => !used.has(r.id)).map((r) => `= -> ${typed(r.text)}`);
			return { lines: [...pairs, ...extras] };
		}
		case 'ordering':
			return { reason: 'GIFT has no ordering question type' };
	}
}
