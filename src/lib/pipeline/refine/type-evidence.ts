import { NOT_IN_ROLE, ROLE_BEFORE_NAME } from '../extract/extract-roles';
import type { EntityType } from '../facts/types';

const ROLE =
	'(?:président|présidente|PDG|CEO|patron|patronne|fondateur|fondatrice|cofondateur|directeur|directrice|porte-parole|ministre|maire|député|députée|sénateur|sénatrice|chef|dirigeant|dirigeante|avocat|avocate|procureur|préfet|chercheur|chercheuse|analyste|secrétaire|juge|magnat|milliardaire|opposant|opposante|candidat|candidate|journaliste|professeur|docteur|artiste|écrivain|chanteur|chanteuse|acteur|actrice|réalisateur|entraîneur|joueur|leader)';

/** What comes before a person's name: `M. `, `le président sortant `, `le PDG de Parler, `. */
const PERSON_BEFORE = [
	/(?:^|\s)(?:M\.|Mme|Mlle|Dr|Pr)\s$/u,
	new RegExp(`(?:^|\\s)${ROLE}(?:\\s[\\p{Ll}-]+)?,?\\s$`, 'u'),
	new RegExp(
		`(?:^|\\s)${ROLE}\\s(?:de|du|des|d['’])\\s?(?:la\\s|l['’])?[\\p{Lu}][\\p{L}-]*(?:\\s[\\p{Lu}][\\p{L}-]*)*,\\s$`,
		'u'
	)
];

/** `Mark Esper`, `Jean-Marie Vanlerenberghe`: a first name and a surname, each capitalised. */
const FULL_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}[\p{L}’'-]+)+$/u;

/** `le ministre de la Défense Mark Esper`, `le Premier ministre bulgare Boïko Borissov`. */
function roleBefore(before: string): boolean {
	const m = ROLE_BEFORE_NAME.exec(before);
	return m !== null && !NOT_IN_ROLE.test(m[1]!);
}

/** What comes after a person's name: `, 71 ans,`. */
const PERSON_AFTER = /^,\s\d{1,3}\sans\b/u;

/** What comes before an organisation's name: `la société `, `le réseau social `, `chez `. */
const ORGANISATION_BEFORE = [
	/(?:^|\s)(?:la\s|le\s|l['’]|une\s|un\s)?(?:société|entreprise|groupe|géant|réseau social|réseau|plateforme|site|journal|quotidien|agence|parti|association|syndicat|chaîne|application|appli|service|firme|constructeur|laboratoire|banque|club|ONG|média|hebdomadaire|magazine|tabloïd|fournisseur|hébergeur|opérateur)(?:\s(?!de\b|du\b|des\b|d['’])[\p{Ll}-]+)?\s$/u,
	// `des réseaux grand public comme Twitter`, `des applis telles Parler et Gab`
	/(?:réseaux?|plateformes?|entreprises?|sociétés?|groupes?|géants?|applis?|applications?|sites?|services?|médias?|journaux|chaînes?)(?:\s[\p{Ll}-]+){0,3}\s(?:comme|tels?|telles?|tels? que|telles? que)\s$/u,
	/(?:^|\s)chez\s$/u,
	/(?:^|\s)(?:porte-parole|patron|patronne|PDG|CEO|fondateur|fondatrice|dirigeants?|directeur|directrice|salariés|employés|utilisateurs|abonnés|actionnaires|serveurs|boutique|magasin)\s(?:de|d['’]|du)\s?$/u
];

/** What comes before a place: `à `, `aux `, `en `. Weak: `une interview accordée à Fox News`. */
const PLACE_BEFORE = /(?:^|\s)(?:à|au|aux|en|vers|depuis|ville de|capitale)\s$/u;

/**
 * Votes for what a name is, from the words around one mention of it. A name written in capitals
 * (`AWS`, `BBC`) is an organisation; `le président sortant Donald Trump` a person; `à Washington`
 * (weakly) a place.
 */
export function typeVotes(
	name: string,
	before: string,
	after: string
): Partial<Record<EntityType, number>> {
	const votes: Partial<Record<EntityType, number>> = {};
	const add = (type: EntityType, n: number) => (votes[type] = (votes[type] ?? 0) + n);
	if (/^\p{Lu}[\p{Lu}\d&]+$/u.test(name) && name.length <= 6) add('organisation', 2);
	if (/\s(?:News|Inc|Group|Services|Bank|Airlines|Times|Post|TV)$/u.test(name))
		add('organisation', 3);
	if (PERSON_BEFORE.some((re) => re.test(before)) || PERSON_AFTER.test(after)) add('person', 3);
	else if (FULL_NAME.test(name) && roleBefore(before)) add('person', 3);
	if (ORGANISATION_BEFORE.some((re) => re.test(before))) add('organisation', 2);
	if (PLACE_BEFORE.test(before)) add('place', 1);
	return votes;
}
