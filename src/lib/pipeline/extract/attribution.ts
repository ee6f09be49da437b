import { firstMatches } from './matches';
import { isReportingVerb } from './reporting-verbs';
import { wordCount } from '../word-count';

/** Who speaks, as the text names them; `by` says how (a name, a pronoun, a description). */
export interface SpeakerText {
	/** `Vitali Chkliarov`, `le patron de Parler`, `il`, `on` */
	text: string;
	/** Offset of `text` in the string read. */
	at: number;
	by: 'name' | 'pronoun' | 'description';
	/** `précise-t-on chez Amazon`: the organisation an impersonal `on` speaks for. */
	chez?: string;
	/** The reporting verb as written (`déclaré`, `souligne`, `selon`). */
	verb: string;
	/**
	 * A speaker the incise only points back to: `speaker`, the source quoted just before (`est-il
	 * ajouté dans la missive`); `subject`, the one the sentence before is about (`y déclare-t-on`).
	 */
	back?: 'speaker' | 'subject';
}

/** `-t-il`, `a-t-elle ajouté`, `poursuit-elle`, `précise-t-on`: an inverted pronoun. */
const PRONOUN_INCISE =
	/^(?:(?:a|ont|avait|avaient)-t-(il|elle|on|ils|elles)\s+(?:(?:aussi|encore|ensuite|également|alors|enfin|ainsi|notamment)\s+)?(\p{Ll}+)|(\p{Ll}+)-t-(il|elle|on)|(\p{Ll}+)-(il|elle|ils|elles))(?![\p{L}])/u;

/**
 * `est-il ajouté dans la missive`, `est-il précisé`: an impersonal passive, whose `il` names
 * nobody; the words go on with the source quoted just before.
 */
const IMPERSONAL_INCISE =
	/^(?:est|était)-il\s+(?:(?:aussi|encore|également|ensuite|enfin|par ailleurs)\s+)?(\p{Ll}+)(?![\p{L}])/u;

/** `y déclare-t-on`, `y explique-t-on`: `on` there, at the organisation the sentence before is about. */
const THERE_INCISE = /^y\s+(\p{Ll}+)-t-on(?![\p{L}])/u;

/** `a déclaré`, `en a conclu`, `s'est indigné`, `a pour sa part souligné`, `affirme`. */
const VERB_INCISE =
	/^(?:en\s+)?(?:(?:a|ont|avait|avaient)\s+|s['’]est\s+|se\s+sont\s+)?(?:(?:pour sa part|aussi|encore|ensuite|également|alors|ainsi|enfin|notamment|déjà|toutefois)\s+)*(\p{Ll}+)\s+/u;

/** `lundi`, `mardi soir`, `à l'AFP`, `auprès de l'AFP`, `en Une`: what may stand between verb and speaker. */
const BETWEEN =
	/^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ainsi|alors|aussi|encore)(?:\s+(?:matin|soir|midi))?|(?:à|au|aux|auprès\s+d[eu]|auprès\s+des|auprès\s+de|en|sur)\s+(?:l['’]|la\s+|le\s+|les\s+)?[^\s,.]+)\s+/u;

/** How a speaker's name or description begins. */
const SPEAKER_START =
	/^(?:(?:le|la|les|un|une|des|cette|ce|M\.|Mme|MM\.|Me|Dr)\s+|l['’]|(?=\p{Lu}))/u;

/** Where a speaker's name or description ends: punctuation, or a word that opens a complement. */
const SPEAKER_END =
	/[,.;:!?()«»"“”]|\s(?:dans|lors|à|au|aux|sur|devant|en|qui|quelques|après|avant|pendant|depuis|tout|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|évoquant|estimant|ajoutant|selon|avant|alors|car|mais|et|pour|dès|lorsque|quand)(?![\p{L}'’])|$/u;

/**
 * The speaker named in an incise after a quotation: `, a déclaré Matze.`, `, a-t-il ajouté.`,
 * `, souligne auprès de l'AFP Vitali Chkliarov, chercheur…`, `, a déploré le patron de Parler.`,
 * `, précise-t-on chez Amazon`. `after` starts right after the closing mark. Null when no
 * reporting verb follows the quotation at once (`, mais il…`).
 */
export function speakerAfter(after: string): SpeakerText | null {
	const lead = /^\s*,?\s*/u.exec(after)![0].length;
	const rest = after.slice(lead);
	const impersonal = IMPERSONAL_INCISE.exec(rest);
	if (impersonal)
		return isReportingVerb(impersonal[1]!)
			? {
					text: 'il',
					at: lead + impersonal[0].indexOf('-il') + 1,
					by: 'pronoun',
					verb: impersonal[1]!,
					back: 'speaker'
				}
			: null;
	const there = THERE_INCISE.exec(rest);
	if (there)
		return isReportingVerb(there[1]!)
			? {
					text: 'on',
					at: lead + there[0].length - 2,
					by: 'pronoun',
					verb: there[1]!,
					back: 'subject'
				}
			: null;
	const p = PRONOUN_INCISE.exec(rest);
	if (p) {
		const verb = p[2] ?? p[3] ?? p[5]!;
		const pronoun = p[1] ?? p[4] ?? p[6]!;
		if (!isReportingVerb(verb)) return null;
		const speaker: SpeakerText = {
			text: pronoun,
			at: lead + p[0].lastIndexOf(pronoun),
			by: 'pronoun',
			verb
		};
		// `précise-t-on chez Amazon`: `on` is the organisation.
		const chez = /^\s+(?:\p{Ll}+\s+)?chez\s+(\p{Lu}[\p{L}\d&-]*(?:\s\p{Lu}[\p{L}\d&-]*)*)/u.exec(
			rest.slice(p[0].length)
		);
		if (chez) speaker.chez = chez[1]!;
		return speaker;
	}
	const v = VERB_INCISE.exec(rest);
	if (!v || !isReportingVerb(v[1]!)) return null;
	let at = lead + v[0].length;
	for (let k = 0; k < 3; k++) {
		const skip = BETWEEN.exec(after.slice(at));
		if (!skip || !SPEAKER_START.test(after.slice(at + skip[0].length))) break;
		at += skip[0].length;
	}
	return speakerAt(after, at, v[1]!);
}

/** The name or description starting at `at`, up to the punctuation or complement that ends it. */
function speakerAt(text: string, at: number, verb: string): SpeakerText | null {
	const rest = text.slice(at);
	if (!SPEAKER_START.test(rest)) return null;
	// `M. Wray`, `le Dr Petrounov`: the title's full stop ends nothing.
	const title = /^(?:(?:le|la)\s+)?(?:M|Mme|MM|Me|Dr|Pr)\.?\s+/u.exec(rest)?.[0].length ?? 1;
	const end = SPEAKER_END.exec(rest.slice(title))!.index + title;
	const name = rest.slice(0, end).trim();
	const words = wordCount(name);
	if (words > 10 || /^(?:le|la|les|un|une|des|l['’])$/iu.test(name)) return null;
	// A capital after `de` names the role's organisation (`le patron de Parler`), not the speaker.
	const own = name
		.replace(/^(?:M|Mme|MM|Me|Dr)\.?\s/u, '')
		.replace(/(?:^|\s)(?:de|du|des|d['’])\s?\p{Lu}[\p{L}-]*/gu, ' ');
	const by: SpeakerText['by'] =
		/^(?!(?:Le|La|Les|Un|Une|L['’])(?![\p{L}]))\p{Lu}/u.test(own) || /\s\p{Lu}/u.test(own)
			? 'name'
			: 'description';
	return { text: name, at, by, verb };
}

/** A phrase that opens a sentence before its subject: `Dans une lettre adressée au site, `. */
const OPENING =
	/^(?:(?:Dans|En|Lors|Pour|Après|Avant|Depuis|Samedi|Dimanche|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Mais|Et|Puis|Enfin|Ensuite|Toutefois|Par ailleurs|Plus tard)\b[^,]{0,120},\s+)/u;

/**
 * The subject of a reporting verb that opens a clause: `Le fondateur de Parler, John Matz, a
 * confirmé…`, `Dans une lettre adressée au site conservateur, Amazon dit avoir…`, `John Matze a
 * aussi regretté qu'Apple…`. `text` is read from its start; the verb must come within 16 words.
 */
export function speakerBefore(text: string): SpeakerText | null {
	const opening = OPENING.exec(text)?.[0].length ?? 0;
	const clause = text.slice(opening);
	const words = firstMatches(/[\p{L}'’.-]+/gu, clause, 16);
	for (const w of words) {
		if (!isReportingVerb(w[0])) continue;
		// `les succès critique et public`: a word paired by `et` is an adjective, not the verb.
		if (/^\s+(?:et|ou)\s/u.test(clause.slice(w.index + w[0].length))) continue;
		const head = clause.slice(0, w.index);
		const subject = head
			.replace(
				/\s+(?:(?:a|ont|avait|avaient|s['’]est|se sont)\s+)?(?:(?:pour sa part|aussi|également|encore|déjà|ainsi|toutefois|alors|en outre|par ailleurs|notamment|ensuite|enfin)\s+)*$/u,
				''
			)
			.replace(/,$/u, '')
			// `Et Carlos Mena estime…`: the link word is not the speaker's.
			.replace(/^(?:Et|Mais|Or|Puis|Enfin)\s+/u, '')
			.trim();
		if (!subject || wordCount(subject) > 12 || /\s(?:que|qui|qu['’])\s|["«»“”]/u.test(subject))
			return null;
		// `Il a assuré…`, `Elle a ajouté…`: the subject is a pronoun, resolved like `a-t-il ajouté`.
		if (/^(?:Il|Elle|Ils|Elles)$/u.test(subject))
			return { text: subject, at: opening, by: 'pronoun', verb: w[0] };
		// Read from the subject alone: `Le chef d'entreprise assure que le service sera maintenu` has no
		// word after the subject that would end a name.
		const found = speakerAt(subject, 0, w[0]);
		if (!found) return null;
		return { ...found, text: subject, at: opening + clause.indexOf(subject) };
	}
	return null;
}

/** `Selon Google, …`, `D'après le CEO, John Matze, …`: the source a sentence opens with. */
export function speakerSelon(text: string): SpeakerText | null {
	const m = /^(?:Selon|D['’]après)\s+/u.exec(text);
	if (!m) return null;
	const rest = text.slice(m[0].length);
	// `Selon le CEO, John Matze, les GAFAM…`: a role, then the name in apposition.
	const appos = /^((?:le|la|l['’])\s?[^,]{1,40}),\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)+),/u.exec(
		rest
	);
	if (appos) return { text: appos[0].slice(0, -1), at: m[0].length, by: 'name', verb: 'selon' };
	const found = speakerAt(text, m[0].length, 'selon');
	return found && /^,/u.test(text.slice(found.at + found.text.length)) ? found : null;
}
