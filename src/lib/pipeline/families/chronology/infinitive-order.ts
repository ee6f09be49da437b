import { capitalize } from '../../generate/typography';

/** Two events of one subject a sentence orders with `après avoir` or `avant de`, as clauses. */
export interface InfinitiveOrder {
	earlier: string;
	later: string;
	/** As written: `après avoir`, `après être`, `avant de`, `avant d'`, `Après avoir`. */
	marker: string;
}

/** An auxiliary after the subject, and the participle after it: `a révoqué`, `avait exigé`. */
const MAIN =
	/^(\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,5}?)\s(a|ont|avait|avaient|est|sont|était|étaient)\s((?:été\s)?\p{Ll}+(?:é|ée|és|ées|i|is|ie|u|ue|us|t|te))(?=\s|$)/u;

/** `S a fait X après avoir trouvé Y`, `S est parti après être arrivé`: the second verb came first. */
const AFTER_HAVING =
	/^([^,]{10,200}?),?\s(après\s(?:avoir|être))\s((?:été\s)?\p{Ll}+(?:é|ée|és|ées|i|is|ie|u|ue|us|t|te))(\s[^]+?)?\.?$/u;

/** `S a annoncé X avant de quitter Y`: the infinitive came next. */
const BEFORE_DOING = /^([^,]{10,200}?),?\s(avant\s(?:de\s|d['’]))(\p{Ll}+(?:er|ir))(\s[^]+?)?\.?$/u;

/** `Après avoir commémoré X, S a traversé Y`. */
const OPENING_AFTER =
	/^(Après\savoir)\s(\p{Ll}+(?:é|i|u|t|is))(\s[^,]{3,120})?,\s(\p{L}[^]+?)\.?$/u;

/** Plural auxiliaries: the second event takes `ont`, else `a`. */
const PLURAL = /^(?:ont|avaient|sont|étaient)$/u;

/** A participle that takes `être` (`parti`, `arrivé`): its clause would need agreement; left out. */
const ETRE_VERB =
	/^(?:allé|venu|parti|arrivé|entré|sorti|resté|tombé|devenu|mort|né|retourné|revenu|monté|descendu|rentré)/u;

/**
 * Orders two events of one subject by an infinitive: `AWS a révoqué ses services après avoir
 * trouvé des publications violentes` (found, then revoked), `Le ministre a annoncé la réforme
 * avant de quitter ses fonctions` (announced, then left), `Après avoir commémoré l'appel, le
 * président a traversé la Manche`. The infinitive's event takes the subject and `a`/`ont` (`AWS a
 * trouvé des publications violentes`). Null when the subject is a pronoun or holds a comma, the
 * infinitive carries a pronoun (`avant d'y ajouter`, `avant de se rendre`), or is an irregular
 * verb whose participle is not read off its ending.
 */
export function infinitiveOrder(sentence: string): InfinitiveOrder | null {
	const opening = OPENING_AFTER.exec(sentence);
	if (opening) {
		const later = capitalize(opening[4]!);
		const main = MAIN.exec(later);
		if (!main || pronoun(main[1]!)) return null;
		const earlier = `${main[1]} ${PLURAL.test(main[2]!) ? 'ont' : 'a'} ${opening[2]}${opening[3] ?? ''}`;
		return { earlier, later, marker: opening[1]! };
	}
	const after = AFTER_HAVING.exec(sentence);
	const before = after ? null : BEFORE_DOING.exec(sentence);
	const m = after ?? before;
	if (!m) return null;
	const main = MAIN.exec(m[1]!);
	if (!main || pronoun(main[1]!)) return null;
	const aux = PLURAL.test(main[2]!) ? 'ont' : 'a';
	const rest = m[4] ?? '';
	if (after) {
		// `après être arrivé`: an `être` verb agrees with its subject; `après avoir été élu` is passive.
		const participle = m[3]!;
		if (/être$/u.test(m[2]!) || ETRE_VERB.test(participle)) return null;
		return { earlier: `${main[1]} ${aux} ${participle}${rest}`, later: m[1]!, marker: m[2]! };
	}
	const participle = pastParticiple(m[3]!);
	if (!participle) return null;
	return { earlier: m[1]!, later: `${main[1]} ${aux} ${participle}${rest}`, marker: m[2]!.trim() };
}

/** `Il`, `Elle`, `On`: a subject that points elsewhere. */
function pronoun(subject: string): boolean {
	return /^(?:Il|Elle|Ils|Elles|On|Nous|Vous|Je|Tu)$/u.test(subject);
}

/** `quitter` → `quitté`, `choisir` → `choisi`; irregular and `être` verbs → null. */
function pastParticiple(infinitive: string): string | null {
	if (
		/^(?:aller|venir|partir|arriver|entrer|sortir|rester|tomber|devenir|mourir|naître|retourner|revenir|monter|descendre|rentrer|courir|tenir|obtenir|ouvrir|offrir|couvrir|mentir|sentir|servir|dormir|fuir|acquérir|conquérir)$/u.test(
			infinitive
		)
	)
		return null;
	if (infinitive.endsWith('er')) return `${infinitive.slice(0, -2)}é`;
	return `${infinitive.slice(0, -2)}i`;
}
