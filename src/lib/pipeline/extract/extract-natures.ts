import type { Mention } from '../facts/types';
import type { SentenceText } from './sentences';

/**
 * What kind of organisation a noun says a name is, by family: a social network, a firm, a news
 * outlet, a body of citizens (party, union, association), a shop. Nouns of one family are one
 * kind (`réseau`, `plateforme`, `appli`).
 */
const FAMILIES: Record<string, string> = {
	réseau: 'social',
	plateforme: 'social',
	application: 'social',
	appli: 'social',
	messagerie: 'social',
	site: 'social',
	entreprise: 'firm',
	société: 'firm',
	firme: 'firm',
	géant: 'firm',
	compagnie: 'firm',
	constructeur: 'firm',
	fabricant: 'firm',
	laboratoire: 'firm',
	opérateur: 'firm',
	fournisseur: 'firm',
	journal: 'press',
	quotidien: 'press',
	hebdomadaire: 'press',
	magazine: 'press',
	chaîne: 'press',
	radio: 'press',
	télévision: 'press',
	agence: 'press',
	média: 'press',
	parti: 'civic',
	mouvement: 'civic',
	syndicat: 'civic',
	club: 'club',
	équipe: 'club',
	boutique: 'shop',
	magasin: 'shop',
	banque: 'bank',
	université: 'school',
	école: 'school',
	association: 'civic',
	ong: 'civic',
	fondation: 'civic'
};

/** `réseaux` → `réseau`, `plateformes` → `plateforme`, `applis` → `appli`. */
function family(noun: string): string | undefined {
	const word = noun.toLocaleLowerCase('fr');
	return FAMILIES[word] ?? FAMILIES[word.replace(/(?:s|x)$/u, '')];
}

/**
 * The words that may stand between the noun and the name, adjectives by their ending
 * (`conservatrices`, `technologiques`, `social`, `grand public`): not `de` (`la société de
 * Bezos`), nor a verb (`l'appli puisse utiliser Amazon Web Services`).
 */
const ADJECTIVE =
	/(?:al|ale|aux|ales|ique|iques|if|ive|ifs|ives|eur|eurs|rice|rices|el|elle|els|elles|ien|ienne|iens|iennes|ain|aine|ains|aines|ais|aise|oise|é|ée|és|ées|ant|ante|ants|antes|aire|aires|^grand|^public|^publics)$/u;

/**
 * The family each organisation name of a sentence is given by a noun: `des réseaux grand public
 * comme Twitter`, `les plateformes conservatrices comme Parler ou Gab` (every name of the list),
 * `le réseau social Parler`, `Parler, une plateforme sociale qui…`. Wrong choices of the same
 * family read as fair: no shop for a social network.
 */
export function extractNatures(
	s: SentenceText,
	mentions: Mention[]
): { m: Mention; nature: string }[] {
	const found: { m: Mention; nature: string }[] = [];
	let listNature: string | undefined;
	mentions.forEach((m, i) => {
		const lead = s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start);
		const after = s.text.slice(m.end - s.start, m.end - s.start + 40);
		const prev = mentions[i - 1];
		const joined = prev ? s.text.slice(prev.end - s.start, m.start - s.start) : '';
		// The rest of a list (`comme Facebook, Instagram, Snapchat ou Twitch`) shares its noun.
		if (listNature && /^(?:,\s|\s(?:et|ou)\s|,\s(?:et|ou)\s)$/u.test(joined)) {
			found.push({ m, nature: listNature });
			return;
		}
		listNature = undefined;
		const like =
			/(?<![\p{L}])(\p{Ll}{4,})((?:\s\p{Ll}+){0,2})\s(?:comme|tels que|telles que|tels|telles)\s$/u.exec(
				lead
			);
		const apposed =
			/(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Uu]n|[Uu]ne)\s?(\p{Ll}{4,})((?:\s\p{Ll}+){0,2})\s$/u.exec(
				lead
			);
		const then = /^,\s(?:un|une|le|la|l['’])\s?(\p{Ll}{4,})/u.exec(after);
		for (const [match, isList] of [
			[like, true],
			[apposed, false],
			[then, false]
		] as const) {
			const noun = match?.[1];
			const words = (match?.[2] ?? '')
				.trim()
				.split(/\s+/u)
				.filter((w) => w !== '');
			const nature = noun ? family(noun) : undefined;
			if (!nature || !words.every((w) => ADJECTIVE.test(w))) continue;
			found.push({ m, nature });
			if (isList) listNature = nature;
			break;
		}
	});
	return found;
}
