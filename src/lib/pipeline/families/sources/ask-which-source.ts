import { baseFields, evidenceOf, letteredChoices, type Candidate } from '../../generate/candidate';
import { GAP, withPassage } from '../../generate/gap';
import { frenchTypography, guillemets } from '../../generate/typography';
import { containsWords } from '../../validate/checks';
import { articleRef } from '../article-ref';
import { standsAlone } from '../stands-alone';
import {
	MEDIUM_KINDS,
	properName,
	wellQuoted,
	WHERE_FROM,
	type SourcedSentence
} from './source-facts';
import { sourcePrompt } from './source-prompt';
import { wordCount } from '../../word-count';

/** Longest sentence a source question shows. */
const MAX_WORDS = 60;

/**
 * `Le journal […]`, `la chaîne de télévision […]`: a type noun just before the name would tell
 * the one newspaper among the choices, so the blank takes it in.
 */
const TYPE_NOUN =
	/(?:le journal|le quotidien|le site|la chaîne de télévision|la chaîne|la radio|l['’]agence|le magazine|l['’]hebdomadaire|le média)\s$/u;

/**
 * A question on who gives a piece of information, worded from the source's role:
 * `Dans l’article…, à quel média l’interview a-t-elle été accordée ?` with the sentence, the
 * name left out (`Dans une interview accordée à […] à la fin de la semaine dernière, …`).
 * Wrong choices have the same role: outlets the story names or credits for an outlet; other
 * people for a person, other named sources for an organisation (`Selon Google`). A social
 * network (`sur Twitter`) is a channel, not a source: not asked. Never a name the sentence holds.
 */
export function askWhichSource(sentences: SourcedSentence[], outlets: string[]): Candidate[] {
	const named = sentences.flatMap((s) =>
		s.sources
			.filter((f) => properName(f.name) && f.complete && f.nameWhole && f.source !== 'social-media')
			.map((f) => ({ s, f }))
	);
	const media = [
		...new Set([
			...named.filter(({ f }) => MEDIUM_KINDS.has(f.source)).map(({ f }) => clean(f.name!)),
			...outlets.map(clean)
		])
	];
	const others = [
		...new Set(named.filter(({ f }) => !MEDIUM_KINDS.has(f.source)).map(({ f }) => clean(f.name!)))
	].filter((n) => !media.includes(n));
	const out: Candidate[] = [];
	for (const { s, f } of named) {
		const text = s.sentence.text;
		if (wordCount(text) > MAX_WORDS || !standsAlone(text) || !wellQuoted(text)) continue;
		const right = clean(f.name!);
		const medium = MEDIUM_KINDS.has(f.source);
		const pool = medium ? media : others.filter((n) => isPerson(n) === isPerson(right));
		const wrong = pool
			.filter(
				(n) =>
					n !== right &&
					!containsWords(text, n) &&
					!containsWords(right, n) &&
					!containsWords(n, right)
			)
			.slice(0, 3);
		if (wrong.length < 2) continue;
		let at = f.nameStart - s.sentence.start;
		const noun = TYPE_NOUN.exec(text.slice(0, at));
		if (noun) at -= noun[0].length;
		const end = f.nameStart - s.sentence.start + f.name!.length;
		const gapped = nestedQuotes(text.slice(0, at) + GAP + text.slice(end));
		const ref = articleRef(s.article);
		const ask = sourcePrompt(f, s.article.text.slice(s.sentence.start, f.start));
		out.push({
			score: medium ? 8 : 6,
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
						`Dans ${ref.fr}, ${ask.question} Son nom est remplacé par ${GAP}.`,
						guillemets(gapped)
					),
					{
						fr: frenchTypography(
							`${right} : ${guillemets(f.marker)} ${ask.why.fr} ${WHERE_FROM.fr}`
						),
						en: `${right}: “${f.marker}” ${ask.why.en} ${WHERE_FROM.en}`
					},
					'identify-sources',
					medium ? 2 : 1
				),
				type: 'single',
				choices: letteredChoices([right], wrong, text)
			}
		});
	}
	return out;
}

/** `M. Mena`, `Bill Barr`: a person's name; `Google`, `le Sunday Times` are not. */
function isPerson(name: string): boolean {
	return /^(?:M\.|Mme|MM\.|Dr|Pr)\s|^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+/u.test(name);
}

/** `l'AFP` → `l’AFP`: names as choices, with the typographic apostrophe. */
function clean(name: string): string {
	return name.replace(/'/gu, '’');
}

/** `"Compte tenu…", est-il ajouté` inside « »: the inner quotation marks become “ ”. */
function nestedQuotes(text: string): string {
	let open = true;
	return text.replace(/"/gu, () => {
		const mark = open ? '“' : '”';
		open = !open;
		return mark;
	});
}
