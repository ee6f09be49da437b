import { trueFalseCandidate, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { excerptAround } from './excerpt';
import { hash10 } from './hash';
import { opposites } from './opposites';
import { factStatement, withoutLinks } from './fact-statement';
import { frenchTypography, guillemets } from './typography';

/**
 * True or false, on a fact the article reports, with one word turned to its opposite:
 * `Twitter a temporairement fermé le compte de Donald Trump` where the article says
 * `définitivement`; `Parler régule plus la désinformation … que les réseaux établis` where it says
 * `moins`. One statement in three (by a stable coin toss) repeats the article, so a word of this
 * kind is no hint that a statement is false.
 */
export function askOpposites({ article, sentences }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	for (const s of sentences) {
		const stated = factStatement(s);
		const slot = stated && opposites(stated.text)[0];
		if (!stated || !slot) continue;
		// The word with the one after it, to tell `plus de` from `plus tard` in the checks.
		const after = stated.text.slice(slot.at + slot.word.length);
		const next = /^\s+[\p{L}\d'’-]+/u.exec(after)?.[0] ?? '';
		const makeFalse = parseInt(hash10(`opposite|${s.text}`), 16) % 3 !== 0;
		const statement = withoutLinks(
			makeFalse ? stated.text.slice(0, slot.at) + slot.opposite + after : stated.text
		);
		const start = s.start + stated.cut + slot.at;
		const excerpt = excerptAround(
			{ sentence: s, start: s.start, end: s.end, text: s.text },
			start,
			start + slot.word.length
		);
		const explanation = makeFalse
			? {
					fr: frenchTypography(
						`Faux : l’article dit ${guillemets(slot.word)}, et non ${guillemets(slot.opposite)} : ${guillemets(excerpt)}.`
					),
					en: `False: the article says “${slot.word}”, not “${slot.opposite}” (the opposite): “${excerpt}”.`
				}
			: {
					fr: frenchTypography(`Vrai : c’est ce que dit l’article : ${guillemets(excerpt)}.`),
					en: `True: this is what the article says: “${excerpt}”.`
				};
		out.push(
			trueFalseCandidate(article, s, statement, makeFalse, explanation, {
				asks: `opposite:${article.id}:${s.index}`,
				supports: [slot.word + next],
				contradicts: makeFalse ? [slot.opposite + next] : []
			})
		);
	}
	return out;
}
