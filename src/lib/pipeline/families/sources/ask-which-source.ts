import { baseFields, evidenceOf, letteredChoices, type Candidate } from '../../generate/candidate';
import { GAP, withPassage } from '../../generate/gap';
import { frenchTypography, guillemets } from '../../generate/typography';
import { containsWords } from '../../validate/checks';
import { articleRef } from '../article-ref';
import {
	KIND_WORDS,
	MEDIUM_KINDS,
	properName,
	WHERE_FROM,
	type SourcedSentence
} from './source-facts';

/** Longest sentence a source question shows. */
const MAX_WORDS = 60;

/**
 * `D’après l’article…, quelle source donne cette information ?` with the sentence, the source's
 * name left out (`…, publiée dans un premier temps par […] et dont…`). Wrong choices are the
 * other named sources of the story, of the same sort first (an outlet for an outlet), then
 * `extra` names (the outlets articles credit, organisations of the story), never one the sentence
 * holds.
 */
export function askWhichSource(sentences: SourcedSentence[], extra: string[]): Candidate[] {
	const named = sentences.flatMap((s) =>
		s.sources.filter((f) => properName(f.name)).map((f) => ({ s, f }))
	);
	const names = [...new Set(named.map(({ f }) => clean(f.name!)))];
	const medium = new Set(
		named.filter(({ f }) => MEDIUM_KINDS.has(f.source)).map(({ f }) => clean(f.name!))
	);
	const out: Candidate[] = [];
	for (const { s, f } of named) {
		const text = s.sentence.text;
		if (text.split(/\s+/u).length > MAX_WORDS) continue;
		const right = clean(f.name!);
		const sameSort = (n: string) => medium.has(n) === MEDIUM_KINDS.has(f.source);
		const wrong = [...names.filter(sameSort), ...names.filter((n) => !sameSort(n)), ...extra]
			.filter(
				(n, i, all) =>
					all.indexOf(n) === i &&
					n !== right &&
					!containsWords(text, n) &&
					!containsWords(right, n) &&
					!containsWords(n, right)
			)
			.slice(0, 3);
		if (wrong.length < 2) continue;
		const at = f.nameStart - s.sentence.start;
		const gapped = text.slice(0, at) + GAP + text.slice(at + f.name!.length);
		const ref = articleRef(s.article);
		const kind = KIND_WORDS[f.source];
		out.push({
			score: MEDIUM_KINDS.has(f.source) ? 8 : 6,
			passage: `${s.article.id}#${s.sentence.index}`,
			asks: `which-source:${s.article.id}:${f.nameStart}`,
			supports: [f.name!],
			contradicts: wrong,
			question: {
				...baseFields(
					'single',
					[evidenceOf(s.article, s.sentence.start, s.sentence.end)],
					right,
					withPassage(
						`D’après ${ref.fr}, quelle est la source de cette information ? Son nom est remplacé par ${GAP}.`,
						guillemets(gapped)
					),
					{
						fr: frenchTypography(
							`${right} : ${guillemets(f.marker)} désigne ${kind.fr}. ${WHERE_FROM.fr}`
						),
						en: `${right}: “${f.marker}” names ${kind.en}. ${WHERE_FROM.en}`
					},
					'identify-sources',
					MEDIUM_KINDS.has(f.source) ? 2 : 1
				),
				type: 'single',
				choices: letteredChoices([right], wrong, text)
			}
		});
	}
	return out;
}

/** `l'AFP` → `l’AFP`: names as choices, with the typographic apostrophe. */
function clean(name: string): string {
	return name.replace(/'/gu, '’');
}
