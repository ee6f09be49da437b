import type { Mention, RoleFact } from '../facts/types';
import type { SentenceText } from './sentences';

const ROLES =
	"(?:président|présidente|vice-président|vice-présidente|PDG|CEO|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice|directeur|directrice|porte-parole|Premier ministre|Première ministre|ministre|secrétaire d['’]État|secrétaire d['’]Etat|secrétaire général|secrétaire générale|maire|député|députée|sénateur|sénatrice|chef|cheffe|dirigeant|dirigeante|avocat|avocate|procureur|procureure|préfet|préfète|gouverneur|gouverneure|commissaire|ambassadeur|ambassadrice|rapporteur|rapporteure|chancelier|chancelière|chercheur|chercheuse|analyste|entraîneur|sélectionneur|propriétaire)";

/** `américain`, `LR`, `européen écologiste`: what may qualify a role before its `de`. */
const QUALIFIER = '(?:\\s(?:[\\p{Ll}-]{4,}|\\p{Lu}{2,4}))';

/**
 * `de la Santé`, `du parti LR`, `de la commission des Affaires sociales`, `auprès du ministre de la
 * Santé`: what the role is of, ending on a word (never on `des`, so no name is cut in two).
 */
const OF_WHAT =
	"(?:\\s(?:de|d['’]|du|des|auprès du|auprès de la|au)\\s?(?:la\\s|l['’])?[\\p{L}-]+(?:\\s(?:(?:de|du|des|la|d['’]|l['’])\\s?)*[\\p{L}-]+){0,5}?)";

/**
 * `le fondateur de Parler, John Matz,`, `le préfet de police Didier Lallement`, `le ministre
 * américain de la Justice Bill Barr`, `le président de la commission des Affaires sociales Alain
 * Milon`, `le Premier ministre britannique Boris Johnson`: a person named right after a role.
 * A bare role (`le CEO, John Matze`) is too vague to ask about and yields nothing.
 */
export const ROLE_BEFORE_NAME = new RegExp(
	`(?:^|[\\s(])((?:[Ll]e|[Ll]a|[Ll]['’]|[Uu]ne?)\\s?${ROLES}(?:${QUALIFIER}{0,2}${OF_WHAT}|${QUALIFIER}{1,2}))(?:,\\s|\\s)$`,
	'u'
);

/** Words no role phrase holds: a verb or a clause would mean the role is someone else's. */
export const NOT_IN_ROLE = /\s(?:qui|que|qu['’]|a|ont|est|sont|était|et|ou|a-t-il|avait)(?:\s|$)/u;

/** Roles of named people in a sentence; `people` are the mentions the corpus types as persons. */
export function extractRoles(sentence: SentenceText, people: Mention[]): RoleFact[] {
	const roles: RoleFact[] = [];
	for (const person of people) {
		if (!/\s/u.test(person.text)) continue; // a full name, not a bare last name
		const before = sentence.text.slice(0, person.start - sentence.start);
		const m = ROLE_BEFORE_NAME.exec(before);
		if (!m || NOT_IN_ROLE.test(m[1]!)) continue;
		const role = m[1]!.replace(/^(?:Le|La|L|Un|Une)(?=[\s'’])/u, (w) => w.toLowerCase());
		roles.push({
			kind: 'role',
			article: sentence.article,
			sentence: sentence.index,
			start: sentence.start,
			end: sentence.end,
			role: role.replace(/^une?\s/u, (w) => (w.startsWith('une') ? 'la ' : 'le ')),
			person: person.text
		});
	}
	return roles;
}
