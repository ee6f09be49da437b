/**
 * Words around a name that say it is a person's or an organisation's. The corpus-level typing
 * (refine/type-evidence.ts) votes on every mention of a name; these cues are for the questions
 * on who did what, which must tell a person from a firm in one article.
 */

/** Nouns of a person's role or trade, as news writes them before or after a name. */
export const ROLE_NOUN =
	'(?:président|présidente|vice-président|vice-présidente|PDG|CEO|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice|directeur|directrice|porte-parole|(?:Premier|Première|premier|première)\\sministre|ministre|secrétaire|maire|député|députée|eurodéputé|eurodéputée|sénateur|sénatrice|parlementaire|élu|élue|chef|cheffe|dirigeant|dirigeante|leader|avocat|avocate|procureur|procureure|juge|magistrat|magistrate|préfet|préfète|chercheur|chercheuse|analyste|expert|experte|spécialiste|économiste|politologue|sociologue|historien|historienne|professeur|professeure|docteur|médecin|conseiller|conseillère|responsable|rapporteur|rapporteure|commissaire|ambassadeur|ambassadrice|diplomate|gouverneur|gouverneure|candidat|candidate|opposant|opposante|militant|militante|activiste|syndicaliste|journaliste|écrivain|écrivaine|auteur|autrice|artiste|chanteur|chanteuse|acteur|actrice|comédien|comédienne|réalisateur|réalisatrice|entraîneur|entraîneuse|sélectionneur|joueur|joueuse|magnat|milliardaire|habitant|habitante|employé|employée|ouvrier|ouvrière|agriculteur|agricultrice|producteur|productrice|programmeur|programmeuse|comptable|ingénieur|ingénieure|étudiant|étudiante|policier|policière|voisin|voisine|passant|passante|témoin|victime|survivant|survivante|rescapé|rescapée|couturier|couturière|réparateur|réparatrice|commerçant|commerçante|restaurateur|restauratrice|retraité|retraitée|mère|père|fils|fille|frère|sœur|épouse|mari|enseignant|enseignante|infirmier|infirmière|chauffeur|serveur|serveuse|musicien|musicienne|photographe|blogueur|blogueuse|vidéo-blogueur|banquier|banquière|hôtelier|hôtelière|producteur|producteur|prince|princesse|roi|reine|pape|général|colonel|néonatologue|recteur|rectrice)';

/** Nouns of an organisation, before its name: `le parti libéral Iabloko`, `le groupe Lactalis`. */
export const ORGANISATION_NOUN =
	'(?:parti|groupe|société|entreprise|firme|géant|constructeur|laboratoire|banque|syndicat|association|ONG|fondation|institut|agence|journal|quotidien|hebdomadaire|magazine|tabloïd|chaîne|radio|télévision|site|réseau social|plateforme|application|club|fédération|organisation|organisme|centre|observatoire|université|mouvement|coalition|collectif|cabinet|institut de sondage|compagnie|opérateur)';

/** A word that may qualify a role and is no verb: `américain`, `bulgare`, `sortant` (not `rencontré`, `a`). */
const QUALIFIER =
	'(?:(?!(?:a|ont|avait|est|sont|était|et|ou|qui|que|dont|en|à|le|la|les|un|une|des|du|de|pour|par|sur|avec|dans|chez|lors|selon|ne|se|y)\\s)\\p{Ll}[\\p{L}-]*(?<!é|ée|és|ées|[^ao]i|[^ao]is|u|ue|us|ues|it)|\\p{Lu}{2,5})';

/** `de la Justice`, `du FBI`, `des Affaires sociales`, `au Trésor`, `de police`: what the role is of. */
const COMPLEMENT = `(?:de|du|des|d['’]|au|aux)\\s?(?:la\\s|l['’])?[\\p{L}.-]+(?:\\s(?:[\\p{Lu}][\\p{L}.-]*|${QUALIFIER})){0,3}`;

/** `ministre américain de la Justice`, `PDG de Parler`, `maire LR du VIIe arrondissement`: a role and what of. */
const ROLE_PHRASE = `${ROLE_NOUN}(?:\\s${QUALIFIER}){0,2}(?:\\s${COMPLEMENT}){0,2}(?:\\s${QUALIFIER})?`;

/** `parti libéral`, `groupe de presse`, `centre d'analyse`: a kind of organisation. */
const ORGANISATION_PHRASE = `${ORGANISATION_NOUN}(?:\\s${QUALIFIER}){0,2}(?:\\s(?:d['’]|de\\s)[\\p{Ll}-]+)?`;

/**
 * `le ministre américain de la Justice |Bill Barr`, `le PDG de Parler, |John Matze`, `l'experte
 * |Tatiana Stanovaïa`, `un habitant, |Aboubacar Dagnon`: a role just before a name.
 */
const ROLE_BEFORE = new RegExp(`(?:^|[\\s'’(])${ROLE_PHRASE},?\\s$`, 'u');

/**
 * `Le préfet de police |`, `le PDG de Parler, |`, `Le parti libéral |`, `Son patron |`: a noun
 * phrase that is all of the words before a name, a role or a kind of organisation.
 */
const NOUN_PHRASE = new RegExp(
	`^(?:[Ll]e|[Ll]a|[Ll]['’]|[Ss]on|[Ss]a|[Ll]eur)\\s?(?:(?:ancien|ancienne|ex-|nouveau|nouvelle|principal|principale|jeune|célèbre)\\s?)?(?:${ROLE_PHRASE}|${ORGANISATION_PHRASE}),?\\s$`,
	'u'
);

/** `M. `, `Mme `, `Dr `: a title. */
const TITLE_BEFORE = /(?:^|\s)(?:M\.|Mme|Mlle|Dr\.?|Pr|Me)\s$/u;

/**
 * `Vitali Chkliarov|, chercheur et conseiller…`, `Betsy Cooper|, directrice du…`, `Mikhaïl
 * Samine|, programmeur de 20 ans`, `Jimmy Lai|, 71 ans,`: a role or an age in apposition after.
 */
const PERSON_AFTER = new RegExp(
	`^,\\s(?:\\d{1,3}\\sans|(?:un|une|l['’]|le|la|son|sa)?\\s?(?:ancien\\s|ancienne\\s|ex-)?${ROLE_NOUN}(?![\\p{L}])|(?:un|une)\\s\\p{Ll}+\\sde\\s\\d{1,3}\\sans)`,
	'u'
);

/**
 * `le parti libéral |Iabloko`, `le groupe |Lactalis`, `du centre d'analyse |R.Politik`; not
 * `des boutiques d'application |Play Store` (a kind of product, without an article).
 */
const ORGANISATION_BEFORE = new RegExp(
	`(?:^|\\s)(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Uu]ne?|[Dd]u|[Dd]es|[Aa]ux?)\\s?${ORGANISATION_PHRASE}\\s$`,
	'u'
);

/** `"Certains ont disparu", raconte |Ibrahim Sidibe`: the one who speaks after a quotation. */
const SPEAKER_BEFORE = /["»]\s?,?\s(?:a\s|avait\s)?\p{Ll}+(?:\s(?:à|auprès de)\sl['’]AFP)?\s$/u;

/** True when the words before a name (`…le ministre de la Défense `) name a person's role or title. */
export function personBefore(before: string): boolean {
	return TITLE_BEFORE.test(before) || ROLE_BEFORE.test(before);
}

/**
 * True when the name follows a quotation and its verb (`", raconte `): a speaker, a person when
 * the name is a person's name (a newspaper is introduced by what it is: `reconnaît le journal`).
 */
export function speakerBefore(before: string): boolean {
	return SPEAKER_BEFORE.test(before);
}

/** True when the words after a name (`, directeur de Bul Bio`) give a person's role or age. */
export function personAfter(after: string): boolean {
	return PERSON_AFTER.test(after);
}

/** True when the words before a name (`le syndicat `) say it is an organisation's. */
export function organisationBefore(before: string): boolean {
	return ORGANISATION_BEFORE.test(before);
}

/**
 * True when `words` are exactly a subject's role or kind before its name: `le préfet de police `,
 * `le PDG de Parler, `, `Le parti libéral `; not `La délégation a rencontré le ministre `.
 */
export function subjectNounPhrase(words: string): boolean {
	return NOUN_PHRASE.test(words);
}

/** A person's gender as the words around a name show it, when they do. */
export type Gender = 'f' | 'm';

/** `présidente`, `directrice`, `experte`, `militante`: a role in the feminine. */
const FEMININE_NOUN =
	/(?:rice|euse|ière|ienne|enne|ante|ente|ée|ine|ive|esse|aise|oise|erte|ecte|ale|ique|ère)$/u;

/** `président`, `directeur`, `expert`, `militant`: a role in the masculine. */
const MASCULINE_NOUN = /(?:eur|ier|ien|ant|ent|and|é|in|if|ais|ois|al|ert|ect|ic|er|ur)$/u;

/** The determiner before a role noun: `la |présidente`, `un |habitant`, `l'ancienne |ministre`. */
const DETERMINER =
	/(?:^|[\s(])([Ll]a|[Uu]ne|[Ll]e|[Uu]n|[Ll]['’]|[Cc]ette|[Cc]e|[Ss]a|[Ss]on)\s?(?:(?:ancienne|ancien|ex-|jeune|nouvelle|nouveau|principale|principal)\s?)?$/u;

/** The gender of `det noun`: the determiner, else (`l'`, `son`) the noun's ending. */
function genderOf(det: string | undefined, noun: string): Gender | undefined {
	const d = det?.toLowerCase();
	if (d === 'la' || d === 'une' || d === 'cette' || d === 'sa') return 'f';
	if (d === 'le' || d === 'un' || d === 'ce') return 'm';
	return FEMININE_NOUN.test(noun) ? 'f' : MASCULINE_NOUN.test(noun) ? 'm' : undefined;
}

const ROLE_AT_START = new RegExp(`^${ROLE_NOUN}(?![\\p{L}])`, 'u');

/**
 * The gender the words around a name give: `Mme |`, `la présidente ex-LR de la région
 * Ile-de-France, |`, `Une voisine, |`, `|, directrice pour les sciences`, `|, un couturier`; or
 * undefined (`M. ` is `m`). A gap with such words around it must get wrong choices of that gender.
 */
export function genderAround(before: string, after: string): Gender | undefined {
	if (/(?:^|\s)(?:Mme|Mlle)\s$/u.test(before)) return 'f';
	if (/(?:^|\s)M\.\s$/u.test(before)) return 'm';
	const role = ROLE_BEFORE.exec(before);
	if (role) {
		const at = role.index + (/^[\s'’(]/u.test(role[0]) ? 1 : 0);
		const noun = ROLE_AT_START.exec(before.slice(at))?.[0] ?? '';
		const det = DETERMINER.exec(before.slice(0, at))?.[1];
		// `les` / `des` before the role: several people, no gender to read.
		const gender = det || /[\s,]$/u.test(before.slice(0, at)) ? genderOf(det, noun) : undefined;
		if (gender) return gender;
	}
	const apposed = /^,\s(?:\d{1,3}\sans,\s)?((?:[Uu]ne?|[Ll]a|[Ll]e|[Ll]['’])?\s?[\p{L}-]+)/u.exec(
		after
	);
	if (!apposed) return undefined;
	const words = apposed[1]!;
	if (/^(?:[Uu]ne|[Ll]a)\s/u.test(words)) return 'f';
	if (/^(?:[Uu]n|[Ll]e)\s/u.test(words)) return 'm';
	return ROLE_AT_START.test(words) ? genderOf(undefined, words) : undefined;
}
