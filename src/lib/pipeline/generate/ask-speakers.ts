import type { Entity, Mention } from '../facts/types';
import { nameKey } from '../refine/group-entities';
import type { SentenceText } from '../extract/sentences';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { frenchTypography, guillemets } from './typography';
import { articleActors, topicOf } from './actor-kind';
import { pointTo, sentencePassage } from './point-to';
import { containsWords } from '../validate/checks';
import { typeVotes } from '../refine/type-evidence';

/** Verbs that report words, past participle or present: `a souligné`, `affirme`, `a tweeté`. */
const SAID =
	'(?:déclar|affirm|soulign|ajout|expliqu|indiqu|précis|assur|déplor|regrett|résum|insist|annonc|tweet|confi|rappel|martel|lanc|poursuiv|conclu|relev|not|dénonc|comment|racont|répond|reconn|avert|confirm|observ|prévien|prévenu|estim|jug|dit|dis|écri|écrit|avou|admi|admet|promi|promet|lâch|tranch|ironis|plaid|réclam|prédi|prédit|concè|concéd|remarqu|fustig|réag|témoign|détaill|souri|accus|interrog|indign|proclam|reconnaî|reconnu|souhait|prévi|prévoi|résum|analys|constat|dénon)\\p{L}*';

/** `a également déclaré`, `a promis jeudi soir`, `a ainsi commenté`, `assure à nouveau`. */
const ADVERB =
	'\\p{Ll}+ment|ainsi|aussi|encore|alors|déjà|enfin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|hier|à nouveau|pour sa part|de son côté';

/**
 * `"Nous posons la première pierre", a déclaré M. Taquet, rappelant…`: a sentence that opens on a
 * quotation and names its speaker right after it, with the reporting verb (`, a souligné
 * l'analyste John Smith.`, `, affirme le CEO John Matze dans un communiqué.`). The speaker is
 * the last name of the words between the verb and the next comma, bracket, or small word.
 */
const QUOTE_THEN_SPEAKER = new RegExp(
	`^(?:"|«\\s?)([^"«»]+?),?(?:\\s?»|")\\s?,?\\s(?:s['’]est\\s|s['’]|a\\s|ont\\s)?(?:(?:${ADVERB})\\s)*${SAID}(?:\\s(?:${ADVERB}))*(?:\\s(?:auprès de|à)\\s(?:l['’]AFP|l['’]\\p{Lu}\\p{L}+))?\\s((?:M\\.\\s|Mme\\s)?[^,.()]+?)(?=\\s?[,.(]|\\s(?:dans|lors|sur|à|au|en|devant|après|avant|interviewée?|${ADVERB})\\s|$)`,
	'u'
);

/** `le journal d'opposition`, `le quotidien`, `l'agence`: the words before an organisation. */
const ORGANISATION_NOUN =
	/(?<![\p{L}])(?:journal|quotidien|hebdomadaire|magazine|agence|site|parti|syndicat|société|entreprise|groupe|ministère|gouvernement|association|ONG|chaîne|radio|télévision)(?![\p{L}])/iu;

/** A quotation and who said it, with article offsets of the quotation. */
export interface Attributed {
	quote: string;
	speaker: Mention;
}

/**
 * The quotation a sentence opens on and its speaker, when the speaker is named by a mention that
 * ends the speaker phrase (`le président de la commission des Affaires sociales Alain Milon`).
 * Null for `", a-t-il ajouté."` (a pronoun), `", a ajouté le préfet."` (no name), a quotation
 * under six words (`"Abominable"`) or over thirty.
 */
export function quoteSpeaker(s: SentenceText, mentions: Mention[]): Attributed | null {
	const m = QUOTE_THEN_SPEAKER.exec(s.text);
	if (!m) return null;
	const quote = m[1]!.trim();
	const words = quote.split(/\s+/u).length;
	// `"…à leur place?"`: a question or an exclamation reads badly inside the prompt's question.
	if (words < 6 || words > 30 || /[?!]$/u.test(quote)) return null;
	const phraseEnd = s.start + m.index + m[0].length;
	// `a déclaré le préfet d'Abidjan, Vincent Toh Bi.`: a role, then the name in apposition.
	const apposed = /^\p{Ll}/u.test(m[2]!)
		? mentions.find(
				(x) =>
					x.start === phraseEnd + 2 &&
					s.text.slice(phraseEnd - s.start, x.start - s.start) === ', ' &&
					/^(?:\s?[,.(]|$)/u.test(s.text.slice(x.end - s.start))
			)
		: undefined;
	const speaker = apposed ?? mentions.filter((x) => x.end === phraseEnd).at(-1);
	if (!speaker) return null;
	const lead = apposed
		? ''
		: s.text.slice(m.index + m[0].length - m[2]!.length, speaker.start - s.start);
	// `le Portugais Joao Vale de [Almeida]`: only the end of a longer name was recognised.
	if (/\p{Lu}[\p{L}'’-]*\s(?:(?:de|da|van|von|del|di|du|le|la|al|ben|bin)\s)?$/u.test(lead))
		return null;
	// `le journal d'opposition [Nacha Niva]`: a newspaper, a party, a firm speaks, not a person.
	if ((typeVotes(speaker.text, lead, '').organisation ?? 0) > 0 || ORGANISATION_NOUN.test(lead))
		return null;
	return { quote, speaker };
}

/** `Vitali Chkliarov`, `M. Taquet`: a person's name; not `Sénat Jean-Marie Vanlerenberghe`. */
function personLike(e: Entity, facts: GenerateContext['facts']): boolean {
	const words = e.name.split(/\s+/u);
	// First name and surname: a lone word (`République`, `Louise`) may be anything.
	if (!/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}$/u.test(e.name)) return false;
	if (/^\p{Lu}+$/u.test(words[0]!)) return false;
	// A name that opens on another entity's name is two names run together.
	if (words.length > 1 && facts.entityOf.get(nameKey(words[0]!))?.id !== undefined) {
		const first = facts.entityOf.get(nameKey(words[0]!))!;
		if (first.id !== e.id) return false;
	}
	return e.type !== 'place' && !(e.type === 'organisation' && e.confident);
}

/**
 * Who said it: `D’après l’article, qui est l’auteur de ces propos : « Notre groupe n'est pas
 * opposé à la création d'un 5e risque » ?` with three other people of the article as choices:
 * first those it also quotes, then those it names as people. Never a name the quotation holds.
 */
export function askSpeakers(ctx: GenerateContext): Candidate[] {
	const { article, sentences, mine, facts } = ctx;
	const bySentence = new Map<number, Mention[]>();
	for (const n of mine.named)
		bySentence.set(n.m.sentence, [...(bySentence.get(n.m.sentence) ?? []), n.m]);
	const entityOf = (name: string) => facts.entityOf.get(nameKey(name));
	const found = sentences
		.filter((s) => !s.heading)
		.map((s) => ({ s, a: quoteSpeaker(s, bySentence.get(s.index) ?? []) }))
		.filter((x): x is { s: SentenceText; a: Attributed } => x.a !== null)
		.map((x) => ({ ...x, who: entityOf(x.a.speaker.text) }))
		.filter((x): x is typeof x & { who: Entity } => !!x.who && personLike(x.who, facts));
	const speakers = [...new Map(found.map((f) => [f.who.id, f.who])).values()];
	const people = mine.named
		.map((n) => n.e)
		// Three words may be a nickname run into the name (`Insoumis Jean-Luc Mélenchon`): only
		// the names a speaker phrase delimits are taken at that length.
		.filter(
			(e) =>
				e.type === 'person' &&
				e.confident &&
				personLike(e, facts) &&
				e.name.split(/\s+/u).length === 2
		);
	// The people the article names with a role or as acting (`Vitali Chkliarov, chercheur…`),
	// by the fullest name it gives them, though the corpus may not type them as people.
	const actors = [...articleActors(ctx).values()].filter((x) => x.kind === 'person');
	const shown = new Map(actors.map((x) => [x.e.id, x.name]));
	const nameOf = (e: Entity) => shown.get(e.id) ?? e.name;
	// Not the person the article is about (a deceased MP for the tributes paid to him).
	const topic = topicOf(ctx);
	const pool = [
		...new Map([...speakers, ...people, ...actors.map((x) => x.e)].map((e) => [e.id, e])).values()
	].filter((e) => e.id !== topic);
	const out: Candidate[] = [];
	for (const { s, a, who } of found) {
		const wrong = pool
			.filter(
				(e) =>
					e.id !== who.id &&
					!e.aliases.some((x) => containsWords(a.quote, x)) &&
					!nameOf(e)
						.split(/\s+/u)
						.some((w) => who.name.split(/\s+/u).includes(w))
			)
			.slice(0, 3)
			.map(nameOf);
		if (wrong.length < 3 || who.aliases.some((x) => containsWords(a.quote, x))) continue;
		out.push({
			score: 7,
			passage: `${article.id}#${s.index}`,
			asks: `speaker:${article.id}:${s.index}`,
			supports: [a.speaker.text],
			contradicts: wrong,
			question: {
				...baseFields(
					'single',
					[evidenceOf(article, s.start, s.end)],
					who.name,
					frenchTypography(
						`D’après l’article, qui est l’auteur de ces propos : ${guillemets(a.quote)} ?`
					),
					pointTo(who.name, sentencePassage(s), a.speaker.start, a.speaker.end),
					'attribute-quotes',
					difficultyOf(1, s.text)
				),
				type: 'single',
				choices: letteredChoices([who.name], wrong, who.name + s.text)
			}
		});
	}
	return out;
}
