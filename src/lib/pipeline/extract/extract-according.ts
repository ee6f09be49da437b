import type { Mention } from '../facts/types';
import { standsAlone } from './event-predicate';
import { subjectNounPhrase } from './person-cues';
import type { SentenceText } from './sentences';
import { wordCount } from '../word-count';

/** `Selon l'experte Tatiana Stanovaïa, c'est…`: a claim the article lends to someone it names. */
export interface AccordingFact {
	article: string;
	sentence: number;
	/** The mention of who the claim is lent to. */
	source: Mention;
	/** The claim, as a clause to follow `que`: `c'est effectivement le moment pour M. Navalny…`. */
	claim: string;
	/** `selon` for `Selon X,`, `D'après X,` and `…, selon X.`: a claim; `pour` for `Pour X,`: a view. */
	how: 'selon' | 'pour';
}

/** `Selon |`, `D'après |`, `Pour |`, after a connective: what lends a claim, opening the sentence. */
const OPENING = /^(?:(?:Mais|Et|Or|Enfin|Toutefois|Cependant),?\s)?(Selon|D['’]après|Pour)\s$/u;

/** How `OPENING` starts: without it, no cut of the words before a name matches. */
const OPENS = /^(?:(?:Mais|Et|Or|Enfin|Toutefois|Cependant),?\s)?(?:Selon|D['’]après|Pour)\s/u;

/** `David Sherman|, analyste au centre de réflexion New America, |il s'agit…`: an apposition, then the claim. */
const AFTER_NAME = /^(?:\s\([^()]{1,40}\))?(?:,\s(?!\p{Lu})[^,;:"«»()]{3,120})?,\s(?=\p{Ll})/u;

/** `Mais |les mesures…`: a connective at the start of a claim that ends with `, selon X.` */
const CONNECTIVE = /^(?:Mais|Et|Or|Pourtant|Toutefois|Cependant|Par ailleurs|En outre|Ainsi),?\s/u;

/** First words a claim may lose their capital on: `Les théâtres…` → `les théâtres…`. */
const COMMON_START =
	/^(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|Il|Ils|Elle|Elles|On|Ce|C['’]|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Aucun|Aucune|Plus|Moins|Près|Environ|Seuls?|Seules?|Tous|Toutes|Tout|Chaque|Certains|Certaines|Plusieurs)(?![\p{L}])/u;

/**
 * Claims lent to a named source: `Selon l'experte Tatiana Stanovaïa, c'est effectivement le moment
 * pour M. Navalny de garder ses forces…`, `D'après Bill Barr, les données…`, `Pour José Bové,
 * l'emballage…`, `…les pièces se jouent malgré tout à perte, selon M. Nakamori.` A claim of 5 to
 * 35 words that stands alone; `Selon lui, …` (no name) and `D'après Bill Barr, les données… ont
 * servi dans cette intervention.` (a demonstrative) yield nothing, unless `anyClaim` (to know who
 * the article cites as a source, whatever their claim).
 */
export function extractAccording(
	sentence: SentenceText,
	mentions: Mention[],
	anyClaim = false
): AccordingFact[] {
	const text = sentence.text;
	const out: AccordingFact[] = [];
	for (const m of mentions) {
		const lead = text.slice(0, m.start - sentence.start);
		const after = text.slice(m.end - sentence.start);
		let claim: string | null = null;
		let how: AccordingFact['how'] = 'selon';
		// `Selon l'experte |Tatiana Stanovaïa`: the role between `Selon` and the name. Word starts
		// are tried only when the sentence opens so (most do not).
		const cuts = OPENS.test(lead)
			? [...lead.matchAll(/(?<=^|\s)(?=\S)/gu)].map((x) => x.index).concat(lead.length)
			: [];
		const at = cuts.find(
			(k) =>
				OPENING.test(lead.slice(0, k)) &&
				(k === lead.length ||
					subjectNounPhrase(lead.slice(k)) ||
					/^(?:M\.|Mme|Dr\.?)\s$/u.test(lead.slice(k)))
		);
		if (at !== undefined) {
			how = OPENING.exec(lead.slice(0, at))![1] === 'Pour' ? 'pour' : 'selon';
			const a = AFTER_NAME.exec(after);
			if (a) claim = after.slice(a[0].length);
		} else if (
			/,\sselon\s(?:(?:[Ll]e|[Ll]a|[Ll]['’])\s?[^,]{0,60}?\s?|M\.\s|Mme\s)?$/u.test(lead) &&
			/^(?:\s\([^()]{1,40}\))?(?:,\s(?!\p{Lu})[^,;:"«»()]{3,120})?\.?$/u.test(after)
		) {
			const role = /,\sselon\s(.*)$/u.exec(lead)![1]!;
			if (role !== '' && !/^(?:M\.|Mme)\s$/u.test(role) && !subjectNounPhrase(role)) continue;
			const head = lead.slice(0, lead.lastIndexOf(', selon')).replace(CONNECTIVE, '');
			claim = COMMON_START.test(head)
				? head.charAt(0).toLocaleLowerCase('fr') + head.slice(1)
				: head;
		}
		if (claim === null) continue;
		claim = claim
			.replace(ECHO, '')
			.trim()
			.replace(/[\s.!]+$/u, '');
		if (!anyClaim && !askable(claim)) continue;
		out.push({ article: sentence.article, sentence: sentence.index, source: m, claim, how });
	}
	return out;
}

/** A claim of 5 to 35 words that stands alone, not in the first person. */
function askable(claim: string): boolean {
	const words = wordCount(claim);
	return (
		words >= 5 &&
		words <= 35 &&
		standsAlone(claim) &&
		balanced(claim) &&
		// `nous`, `je`: someone's own words without quotation marks are no claim to lend.
		!/(?<![\p{L}'’-])(?:nous|je|j['’]|notre|nos|mon|ma|mes)(?![\p{L}'’-])/iu.test(
			claim.replace(/"[^"]*"|«[^»]*»/gu, '')
		)
	);
}

/** Straight quotes paired, guillemets paired and opening before closing (`les GAFAM » ont…` is not). */
function balanced(text: string): boolean {
	let depth = 0;
	for (const c of text) {
		if (c === '«') depth++;
		else if (c === '»' && --depth < 0) return false;
	}
	return depth === 0 && (text.match(/"/gu) ?? []).length % 2 === 0;
}

/** `c'est effectivement le moment` → `c'est le moment`: words that answer what came before. */
const ECHO =
	/,?\s(?:effectivement|en effet|d['’]ailleurs|donc|pour sa part|de son côté|en outre|toutefois|néanmoins|cependant|pourtant)(?=[\s,])/gu;
