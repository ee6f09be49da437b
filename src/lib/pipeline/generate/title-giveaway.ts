import type { Facts } from '../facts/extract-facts';
import { nameKey } from '../refine/group-entities';
import { containsWords } from '../validate/checks';
import type { Candidate } from './candidate';

/**
 * The reason a comprehension question is given away by its set's title, or null. The set is
 * titled with the article's headline (or first words), which the student reads above every
 * question: `Parler : AWS refuse d’héberger l’appli, déjà bannie par Apple et Google` answers
 * `qui a décidé de ne plus héberger le réseau social…` (Amazon, whose alias is AWS) and
 * `[…] et […] ont fait le choix de bannir…`. An answer that is a word or a name of the title,
 * under any of its names, is no question for that set. `Vrai`/`Faux` answers are judged by the
 * value the statement keeps, which `supports` holds.
 */
export function titleGivesAway(candidate: Candidate, title: string, facts: Facts): string | null {
	// A person by surname too: `Vladimir Poutine` in `la réforme constitutionnelle de Poutine`.
	const surname = (name: string) => /\s(\p{Lu}[\p{L}-]{3,})$/u.exec(name)?.[1];
	const inTitle = (text: string) =>
		[text, ...(facts.entityOf.get(nameKey(text))?.aliases ?? [])]
			.flatMap((name) => [name, surname(name) ?? name])
			.find((name) => containsWords(title, name));
	// Even with wrong choices in the title too: `AWS refuse d’héberger l’appli, déjà bannie par
	// Apple et Google` ties each name to its action.
	// A typed answer in any accepted form: `treize` in the text, `13` in the headline.
	const q = candidate.question;
	const forms = q.type === 'cloze' || q.type === 'short' ? q.accept : [];
	for (const answer of [...candidate.supports, ...forms]) {
		const shown = inTitle(answer);
		if (shown) return `giveaway: the set's title shows “${shown}”`;
	}
	return null;
}
