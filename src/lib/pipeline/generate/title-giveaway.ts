import type { Facts } from '../facts/extract-facts';
import { nameKey } from '../refine/group-entities';
import type { CleanArticle } from '../types';
import { containsWords } from '../validate/checks';
import type { Candidate } from './candidate';

// Words of five letters or more that say nothing of what anyone did: `Après Google et Apple, …`.
const FUNCTION_WORDS = new Set(
	'apres avant avant-hier contre depuis entre leurs encore aussi toujours comme pendant selon alors ainsi cette celui celle ceux plusieurs notre votre quand lorsque tandis parce puisque desormais deja'.split(
		' '
	)
);

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The stems (first five letters, folded) of the lower-case content words of a text. */
function predicateStems(text: string): Set<string> {
	const stems = new Set<string>();
	for (const [word] of text.matchAll(/(?<!\p{L})\p{Ll}[\p{L}-]{4,}/gu)) {
		const folded = fold(word);
		if (!FUNCTION_WORDS.has(folded)) stems.add(folded.slice(0, 5));
	}
	return stems;
}

/** What a question shows the student: its prompt, or the statement to judge. */
function wording(candidate: Candidate): string {
	const q = candidate.question;
	return q.type === 'true-false' ? q.statement : q.prompt;
}

/**
 * The reason a comprehension question is given away by its set's title, or null. The set is
 * titled with the article's headline (or first words), which the student reads above every
 * question. The title gives an answer away when it shows the answer, under any of its names, and
 * also tells what the question asks about it:
 * - `Parler : AWS refuse d’héberger l’appli, déjà bannie par Apple et Google` answers
 *   `qui a décidé de ne plus héberger le réseau social…` (Amazon, whose alias is AWS: both speak
 *   of `héberger`) and `[…] et […] ont fait le choix de bannir…`;
 * - a title made of the article's first words gives away every question on the first sentence;
 * - a number the title shows gives its gap away whatever the wording: `Les 13 suspects…`.
 * - a title naming the answer alone among the choices singles it out, whatever the question;
 * - a typed name, or a true/false statement whose changed name the title shows too, likewise.
 * A headline naming the answer beside wrong choices does not give away another deed of it:
 * `Après Google et Apple, Amazon coupe les ponts avec Parler` leaves `qui dit avoir observé une
 * augmentation de contenus violents ?` (Amazon, Google, Apple, Twitter) to the reading. `Vrai`/`Faux` answers are judged by the value the statement keeps,
 * which `supports` holds.
 */
export function titleGivesAway(
	candidate: Candidate,
	article: CleanArticle,
	title: string,
	facts: Facts
): string | null {
	// A person by surname too: `Vladimir Poutine` in `la réforme constitutionnelle de Poutine`.
	const surname = (name: string) => /\s(\p{Lu}[\p{L}-]{3,})$/u.exec(name)?.[1];
	const inTitle = (text: string) =>
		[text, ...(facts.entityOf.get(nameKey(text))?.aliases ?? [])]
			.flatMap((name) => [name, surname(name) ?? name])
			.find((name) => containsWords(title, name));
	const q = candidate.question;
	// A typed answer in any accepted form: `treize` in the text, `13` in the headline.
	const forms = q.type === 'cloze' || q.type === 'short' ? q.accept : [];
	// `Appel du 18 juin 1940` above `Au lendemain de son arrivée à Londres le [17 juin 1940]`: a
	// date of the same year in the title is one day's reckoning away.
	const year = candidate.asks.startsWith('date:')
		? candidate.supports.map((a) => /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/u.exec(a)?.[1]).find((y) => y)
		: undefined;
	if (year && containsWords(title, year)) return `giveaway: the set's title dates “${year}”`;
	const shown = [...candidate.supports, ...forms].map(inTitle).find((name) => name);
	if (!shown) return null;
	const reason = `giveaway: the set's title shows “${shown}”`;
	if (/\d/u.test(shown) || candidate.asks.startsWith('number')) return reason;
	const first = article.sentences[0];
	const onFirst =
		!article.title &&
		first !== undefined &&
		q.evidence.some((e) => e.article === article.id && e.start < first.end && first.start < e.end);
	if (onFirst) return `${reason} (the title is the first sentence it asks about)`;
	// `AWS a révoqué…` above `qui a déclaré avoir trouvé 98 publications ?` (AWS, Google, Twitter,
	// Apple): the headline's one protagonist is the guess. Named beside a wrong choice (`Après
	// Google et Apple, Amazon…`), it is no longer singled out.
	if (q.type === 'single' || q.type === 'multiple') {
		const wrong = q.choices.filter((c) => !c.correct).map((c) => c.text);
		if (!wrong.some((w) => inTitle(w))) return `${reason}, and no wrong choice`;
	} else if (q.type !== 'true-false' || candidate.contradicts.some((c) => inTitle(c)))
		return reason;
	const titleStems = predicateStems(title);
	const shared = [...predicateStems(wording(candidate))].find((stem) => titleStems.has(stem));
	return shared ? `${reason} and what it asks (“${shared}…”)` : null;
}
