import type { Mention, RoleFact } from '../facts/types';
import type { SentenceText } from './sentences';

const ROLES =
	'(?:président|présidente|PDG|CEO|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice|directeur|directrice|porte-parole|ministre|maire|député|députée|sénateur|sénatrice|chef|dirigeant|dirigeante|avocat|avocate|procureur|préfet|préfète|secrétaire général|secrétaire générale|chercheur|chercheuse|analyste|entraîneur|propriétaire)';

/**
 * `le fondateur de Parler, John Matz,`, `le PDG de Parler, John Matze, a déclaré`, `le préfet de
 * police Didier Lallement`: a person named with a role that says of what. A bare role (`le CEO,
 * John Matze`) is too vague to ask about and yields nothing.
 */
const ROLE_BEFORE_NAME = new RegExp(
	`(?:^|[\\s(])((?:le|la|l['’]|un|une)\\s?${ROLES}(?:\\s(?:de|d['’]|du|des)\\s?(?:la\\s|l['’])?[\\p{L}-]+(?:\\s[\\p{Lu}][\\p{L}-]*)*|\\s(?!de\\b|du\\b)[\\p{Ll}-]{4,}))(?:,\\s|\\s)$`,
	'iu'
);

/** Roles of named people in a sentence; `people` are the mentions the corpus types as persons. */
export function extractRoles(sentence: SentenceText, people: Mention[]): RoleFact[] {
	const roles: RoleFact[] = [];
	for (const person of people) {
		if (!/\s/u.test(person.text)) continue; // a full name, not a bare last name
		const before = sentence.text.slice(0, person.start - sentence.start);
		const m = ROLE_BEFORE_NAME.exec(before);
		if (!m) continue;
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
