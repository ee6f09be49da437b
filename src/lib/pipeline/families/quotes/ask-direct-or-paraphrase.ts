import { baseFields, evidenceOf, type Candidate } from '../../generate/candidate';
import { frenchTypography, guillemets } from '../../generate/typography';
import type { ReportedSpeech } from '../../extract/extract-quotes';
import type { AttributedSpeech } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';
import { containsWords } from '../../validate/checks';
import { articleRef } from '../article-ref';
import { standsAlone } from '../stands-alone';
import { quotedWords, showableQuote } from './attributed';
import { wordCount } from '../../word-count';

/** At most this many questions of each answer per story. */
const MAX_EACH = 4;
/** Longest sentence shown: beyond, it is a paragraph to wade through. */
const MAX_WORDS = 60;

/** `selon les divers sondages`, `d'après les chiffres officiels`: figures, which have no words of their own. */
const NOBODY =
	/^(?:(?:les|des|un|une|le|la|l['’]|plusieurs|divers|diverses|certains|certaines|de|ces|nos)\s+)*(?:\p{Ll}+\s+)?(?:sondages?|études?|chiffres|données|statistiques|estimations?|calculs|résultats|projections?|prévisions?|relevés|mesures|bilans?|comptages?)(?![\p{L}])/iu;

/** The two answers, as a French teacher words them. */
export const DIRECT = 'Citation directe : ses mots exacts, entre guillemets';
export const PARAPHRASE = 'Paraphrase : ses propos reformulés par le journaliste';

const SKILL = {
	fr: 'Les guillemets promettent les mots exacts de quelqu’un ; sans guillemets, ce sont les mots du journaliste, qui peut résumer ou nuancer ce qui a été dit.',
	en: 'Quotation marks promise someone’s exact words; without them, the words are the journalist’s, who may sum up or shade what was said.'
};

/**
 * Is this sentence a direct quotation or a paraphrase? Direct: one sentence holding only a
 * quotation and its incise (`« Nous allons… », a déclaré Matze.`). Paraphrase: a reported
 * statement without any quotation mark (`AWS a déclaré avoir trouvé 98 publications…`,
 * `Selon Google, …`). Sentences mixing the two (`Amazon dit avoir "observé…"`) are left out:
 * their answer is arguable. `taken` holds the passages (`article#sentence`) other questions of the
 * set already show.
 */
export function askDirectOrParaphrase(
	speech: AttributedSpeech[],
	byId: Map<string, CleanArticle>,
	unresolved: ReportedSpeech[] = [],
	taken: ReadonlySet<string> = new Set()
): Candidate[] {
	const out: Candidate[] = [];
	// The form of the words needs no resolved speaker: `selon une source judiciaire` is named as written.
	const described = unresolved
		.filter(
			(u) =>
				u.speaker.by !== 'pronoun' &&
				!NOBODY.test(u.speaker.text) &&
				!speech.some((s) => s.start === u.start && s.first === u.first)
		)
		.map((u) => ({ ...u, who: { name: u.speaker.text.split(',')[0]!.trim() } }));
	const count = { direct: 0, paraphrase: 0 };
	// Each article's place in the story, looked up rather than searched for at each comparison.
	const order = new Map([...byId.keys()].map((id, i) => [id, i]));
	const rank = (s: ReportedSpeech) => order.get(s.article) ?? -1;
	for (const s of [...speech, ...described].sort(
		(a, b) => rank(a) - rank(b) || a.start - b.start
	)) {
		// A sentence a `qui a dit` already shows is no question of its own: it would use up the quota.
		if (taken.has(`${s.article}#${s.first}`)) continue;
		const article = byId.get(s.article)!;
		const text = article.text.slice(s.start, s.end);
		const words = wordCount(text);
		if (words < 8 || words > MAX_WORDS || /\+\p{L}|\(\.\.\.\)/u.test(text)) continue;
		// `Il a ajouté que…`, `Ce qui n'a pas empêché…`: shown alone, the sentence points at nothing.
		if (!standsAlone(text)) continue;
		// `'Il est clair que…', précise-t-on`: straight apostrophes are no guillemets to point at.
		if (s.quote && article.text[s.quote.open] === "'") continue;
		let direct: boolean;
		if (
			s.form === 'direct' &&
			s.first === s.last &&
			// The whole sentence is shown anyway: a long quote is as clear as a short one.
			showableQuote(quotedWords(s, article), MAX_WORDS)
		)
			direct = true;
		else if (s.form === 'indirect') direct = false;
		else continue;
		// A set whose answers are all `citation directe` teaches nothing: a few of each.
		if (++count[direct ? 'direct' : 'paraphrase'] > MAX_EACH) continue;
		const { said, who } = speakerName(s, article);
		const verb = s.speaker.verb;
		// Only the article's words go inside « »: the resolved name stays outside them.
		const named = who ? `${who}, que l’article désigne par ${guillemets(said)}` : null;
		const namedEn = who ? `${who} (“${said}” in the article)` : `“${said}”`;
		// `désignée par « des experts »`: the speaker as written, with no agreement to get wrong.
		const why = direct
			? {
					fr: named
						? `Les guillemets encadrent les mots exacts de ${named}, et ${guillemets(verb)} dit qui parle : c’est une citation directe.`
						: `Les guillemets encadrent les mots exacts attribués à ${guillemets(said)}, et ${guillemets(verb)} dit qui parle : c’est une citation directe.`,
					en: `The quotation marks hold the exact words of ${namedEn}, and “${verb}” says who is speaking: it is a direct quote.`
				}
			: {
					fr: `Aucun guillemet : le journaliste reformule avec ses propres mots des propos dont la source est désignée par ${guillemets(said)}${who ? `, c’est-à-dire ${who}` : ''} (${verb === 'selon' ? '' : 'verbe '}${guillemets(verb)}). C’est une paraphrase.`,
					en: `No quotation marks: the journalist rephrases in their own words what is credited to ${namedEn}, ${verb === 'selon' ? 'with “selon” (according to)' : `with the verb “${verb}”`}. It is a paraphrase.`
				};
		const ref = articleRef(article);
		out.push({
			score: 5,
			passage: `${s.article}#${s.first}`,
			asks: `direct-or-paraphrase:${s.article}:${s.first}`,
			supports: [article.text.slice(s.speaker.start, s.speaker.end)],
			contradicts: [],
			question: {
				...baseFields(
					'classification',
					[evidenceOf(article, s.start, s.end)],
					direct ? 'direct' : 'paraphrase',
					frenchTypography(
						`Dans ${ref.fr}, cette phrase donne-t-elle les mots exacts de quelqu’un, ou les reformule-t-elle ?`
					),
					{ fr: frenchTypography(`${why.fr} ${SKILL.fr}`), en: `${why.en} ${SKILL.en}` },
					'attribute-quotes',
					1
				),
				type: 'classification',
				text,
				choices: [
					{ id: 'a', text: frenchTypography(DIRECT), correct: direct },
					{ id: 'b', text: frenchTypography(PARAPHRASE), correct: !direct }
				]
			}
		});
	}
	return out;
}

/**
 * The speaker as the explanation names them: `said`, the article's own words (the resolved name,
 * or more of it: `l'association Positive action in housing` for an entity cut to `Positive`), and
 * `who`, the resolved name when the article's words are a role (`le patron de …`), else null.
 */
function speakerName(
	s: ReportedSpeech & { who: { name: string } },
	article: CleanArticle
): { said: string; who: string | null } {
	const written = article.text.slice(s.speaker.start, s.speaker.end);
	const at = written.indexOf(s.who.name);
	if (
		at >= 0 &&
		/^\s\p{Ll}/u.test(written.slice(at + s.who.name.length)) &&
		!/^\s(?:de|du|des|d['’])/u.test(written.slice(at + s.who.name.length))
	)
		return { said: written.split(',')[0]!.trim(), who: null };
	// `a déploré le patron de Parler`: the words the article uses, then whom they stand for; so
	// for a last name alone (`a déclaré Matze`).
	if (at < 0 && (s.speaker.by !== 'name' || containsWords(s.who.name, written)))
		return { said: written, who: s.who.name };
	return { said: s.who.name, who: null };
}
