import type { EventFact, Mention } from '../facts/types';
import { cleanPredicate, DISCOURSE } from './event-predicate';
import { personBefore, subjectNounPhrase } from './person-cues';
import type { SentenceText } from './sentences';

/** Adverbs that may sit between the auxiliary and the participle: `a déjà retiré`, `a pour sa part dénoncé`. */
const ADVERBS = `(?:(?:${DISCOURSE}|\\p{Ll}+ment|déjà|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin),?\\s|,\\s(?:lui|elle),\\s)*`;

/** A past participle: `décidé`, `retiré`, `suspendu`, `banni`, `pris`, `fait`, `écrit`, `ouvert`. */
const PARTICIPLE = '([\\p{Ll}]+(?:é|i|u|is|it|ert|eint|aint|oint|uit)(?:e|s|es)?)';

/** `Amazon| a décidé de…`, `Google| avait mentionné…`, `M. Macron| s'est ensuite rendu…`. */
const PAST = new RegExp(
	`^((?:a|avait|s['’]est|s['’]était)(?:-t-(?:il|elle))?)(,?\\s${ADVERBS})${PARTICIPLE}(\\s[^]*)$`,
	'u'
);

/** Verbs of action and of saying news reports in the present: `Amazon| prévoit de couper…`. */
const PRESENT_VERBS =
	'dit|affirme|assure|estime|juge|considère|pense|explique|souligne|indique|précise|reconnaît|annonce|prévoit|refuse|entend|veut|compte|envisage|menace|accuse|reproche|demande|exige|réclame|promet|décide|poursuit|conteste|dénonce|critique|condamne|salue|déplore|regrette|craint|espère|rejette|propose|lance|suspend|retire|interdit|supprime|coupe|héberge|appelle|plaide|insiste|rappelle|avertit|souhaite|détient|dirige|défend|soutient|publie|organise|produit|représente';

/** `Amazon| dit avoir observé…`, `Ivan Marulanda| reconnaît toutefois que…`. */
const PRESENT = new RegExp(`^((${PRESENT_VERBS})(?:\\s[^]*))$`, 'u');

/** `Twitter|, qui a définitivement fermé…`, `James Lewis|, qui dirige la politique…`: a relative clause. */
const RELATIVE = /^,\squi\s([^,;:.!?()«»]+)/u;

/** `Alexeï Navalny|, qui…, a également montré…`, `Carlos Mena|, directeur du…, estime…`: an apposition. */
const APPOSITION = /^(?:\s\([^()]{1,40}\))?(?:,\s(?!\p{Lu})[^,;:"«»()]{3,120},)?\s/u;

/**
 * `Mais |`, `Dans une interview accordée à Fox News à la fin de la semaine dernière, |`, `Après
 * Google et Apple, |`: what may open a clause before its subject (connectives, adverbials ending
 * with a comma). Never `Selon X, |` or `Pour X, |`: what follows is X's claim, not the article's.
 */
const OPENER =
	/^(?:(?:Mais|Et|Or|Puis|Enfin|Ainsi|Aussi|Du coup|Pourtant|Toutefois|Cependant|Néanmoins|Par ailleurs|De son côté|Pour sa part|En outre|En effet|De plus|Dès lors|Alors),?\s)?(?:(?!Selon|D['’]après|Pour\s(?:\p{Lu}|l['’]|le\s|la\s|les\s|lui|elle|eux))[^,;:"«»()]{1,110},\s){0,2}$/u;

/**
 * The words before a subject when they leave it the subject: nothing, an opener, or an opener then
 * the subject's role or kind (`le préfet de police |Didier Lallement a décidé…`, `le PDG de
 * Parler, |John Matze, a déclaré…`, `Le parti libéral |Iabloko a ainsi appelé…`). A clause after
 * a colon starts afresh: `En Espagne, l'heure n'est pas au relâchement: le Premier ministre, |Pedro
 * Sanchez, a annoncé…`.
 */
function opens(lead: string): boolean {
	// `M. |Navalny a aussi appelé…`, `Mais la |Fondation Charles Darwin craint…`: a title or an
	// article is part of the subject (whether it names a person or a firm is checked later).
	const clause = lead
		.replace(/^.*[:;]\s/u, '')
		.replace(/(?:^|(?<=\s))(?:M\.|Mme|Mlle|Dr\.?|Me|Pr|[Ll]e|[Ll]a|[Ll]['’])\s?$/u, '');
	if (OPENER.test(clause)) return true;
	// The role starts at a determiner: try each, the longest role first.
	const starts = [...clause.matchAll(/(?:^|\s)(?=[LlSs])/gu)];
	return starts.some((s) => {
		const at = s.index + s[0].length;
		return OPENER.test(clause.slice(0, at)) && subjectNounPhrase(clause.slice(at));
	});
}

/**
 * Who did what, from clauses simple enough to be sure of: `Amazon a décidé de ne plus héberger le
 * réseau social.`; `Aussi Amazon a-t-il décidé de suspendre le compte de Parler à partir de 08H00
 * GMT lundi.`; `Dans une interview accordée à Fox News…, le PDG de Parler, John Matze, a déclaré
 * que…`; `Alexeï Navalny a pour sa part dénoncé la réforme comme un "coup d'Etat
 * constitutionnel" mais n'a pas fait…` (adverb dropped, cut at `mais`); `… comme Twitter, qui a
 * définitivement fermé le compte de Donald Trump vendredi.` (relative clause). The subject is a
 * name found in the sentence. A predicate that cannot stand alone (`a suivi son exemple`, `y a
 * répondu`), a passive, a plural subject or a lead that attributes (`Selon Google, …`) yields
 * nothing.
 */
export function extractEvents(sentence: SentenceText, mentions: Mention[]): EventFact[] {
	const text = sentence.text;
	const events: EventFact[] = [];
	for (const m of mentions) {
		const lead = text.slice(0, m.start - sentence.start);
		const after = text.slice(m.end - sentence.start);
		// Inside a quotation, the words are someone's, not the article's.
		if ((lead.match(/"/gu) ?? []).length % 2 !== 0 || /«[^»]*$/u.test(lead)) continue;
		const found = relative(lead, m.text, after) ?? cleft(lead, after) ?? mainClause(lead, after);
		if (!found || found.participle === 'été') continue;
		const predicate = cleanPredicate(found.raw);
		if (!predicate) continue;
		events.push({
			kind: 'event',
			article: sentence.article,
			sentence: sentence.index,
			start: sentence.start,
			end: sentence.end,
			subject: m.text,
			predicate,
			participle: found.participle
		});
	}
	return events;
}

/**
 * The verb group and what follows, when the name opens its clause as subject: straight after it,
 * after a name in apposition (`le PDG de Parler, John Matze|, a déclaré`) or after an apposition
 * to the name (`Carlos Mena|, directeur du Galapagos Science Center, ne pense pas…`).
 */
function mainClause(lead: string, after: string): { raw: string; participle: string } | null {
	// The verb first: most names have none after them, and the lead is slow to read.
	const found = verbGroup(after, lead);
	return found && opens(lead) ? found : null;
}

/** The verb group opening `after` (past or present), straight or past an apposition. */
function verbGroup(after: string, lead: string): { raw: string; participle: string } | null {
	const tries = [
		// The lead's last two characters: the same test, not run along the whole lead.
		...(/,\s$/u.test(lead.slice(-2)) && /^,\s/u.test(after) ? [after.slice(1)] : []),
		after.replace(APPOSITION, ' ')
	];
	for (const rest of tries) {
		if (!/^\s/u.test(rest)) continue;
		const clause = rest.slice(1).replace(/[.!]$/u, '');
		const past = PAST.exec(clause);
		if (past) {
			const raw = `${past[1]}${past[2]}${past[3]}${past[4]}`.replace(/-t-(?:il|elle)/u, '');
			return { raw, participle: past[3]! };
		}
		const present = PRESENT.exec(clause);
		if (present) return { raw: present[1]!, participle: present[2]! };
	}
	return null;
}

/** `comme Twitter, qui a définitivement fermé…`: not after `de` (`la décision de Twitter, qui…`). */
function relative(
	lead: string,
	name: string,
	after: string
): { raw: string; participle: string } | null {
	if (/(?:^|\s)(?:de|du|des|d['’])\s?$/u.test(lead)) return null;
	// `la candidate LR, qui s'est déclarée…`: the relative is the candidate's, not the party's.
	if (/^\p{Lu}{2,}$/u.test(name) && personBefore(lead)) return null;
	const m = RELATIVE.exec(after);
	if (!m) return null;
	const clause = m[1]!.trim();
	const past = PAST.exec(clause);
	if (past) return { raw: clause, participle: past[3]! };
	const present = PRESENT.exec(clause);
	return present ? { raw: present[1]!, participle: present[2]! } : null;
}

/**
 * `Et aujourd'hui, c'est Amazon| qui entend agir contre Parler…` (a cleft: the name is the
 * subject of `qui`); `A présent que Twitter| a banni Donald Trump, nombre de fans…` (a clause of
 * time or cause, which the article states as true; cut at its comma).
 */
function cleft(lead: string, after: string): { raw: string; participle: string } | null {
	let clause: string | undefined;
	// `c'est la |mairie de Lyon qui…`, `que le |Sénat a adopté…`: the article is part of the subject.
	lead = lead.replace(/(?<=\s|^)(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s?$/u, '');
	if (/(?:^|\s)[Cc]['’]est\s$/u.test(lead)) clause = /^\squi\s([^;:«»"]+)/u.exec(after)?.[1];
	else if (SUBORDINATE.test(lead)) clause = /^\s([^,;:«»"()]+),\s/u.exec(after)?.[1];
	if (!clause) return null;
	clause = clause.trim().replace(/[.!]$/u, '');
	const past = PAST.exec(clause);
	if (past) return { raw: clause, participle: past[3]! };
	const present = PRESENT.exec(clause);
	return present ? { raw: present[1]!, participle: present[2]! } : null;
}

/** `A présent que |`, `Après que |`, `Depuis que |`, `Lorsqu'|`: a clause the article states as fact. */
const SUBORDINATE =
	/^(?:(?:Mais|Et|Or),?\s)?(?:[AÀ] présent que|Maintenant que|Après que|Depuis que|Dès que|Lorsque|Lorsqu['’]|Alors que|Puisque|Puisqu['’]|Parce que|Parce qu['’])\s?$/u;
