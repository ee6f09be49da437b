import type { EventFact, Mention } from '../facts/types';
import type { SentenceText } from './sentences';

/** Adverbs that may sit between the auxiliary and the participle: `a déjà retiré`. */
const ADVERBS =
	'(?:(?:déjà|aussi|également|donc|notamment|finalement|définitivement|ensuite|alors|enfin|encore|bien|toutefois|pourtant|récemment|rapidement|immédiatement|officiellement)\\s)*';

/** A past participle: `décidé`, `retiré`, `suspendu`, `banni`, `pris`, `fait`, `écrit`, `ouvert`. */
const PARTICIPLE = '([\\p{Ll}]+(?:é|i|u|is|it|ert|eint|aint|oint|uit)(?:e|s|es)?)';

/** `Amazon| a décidé de…`, `Google| avait mentionné…`: what follows a subject that opens the sentence. */
const MAIN_CLAUSE = new RegExp(
	`^\\s(a|ont|avait)(?:-t-(?:il|elle|ils|elles))?\\s(${ADVERBS}${PARTICIPLE}\\s[^]*?)[.!]?$`,
	'u'
);

/** Verbs of action and of saying news reports in the present: `Amazon| prévoit de couper…`. */
const PRESENT_VERBS =
	'dit|affirme|assure|estime|explique|souligne|indique|précise|reconnaît|annonce|prévoit|refuse|entend|veut|compte|envisage|menace|accuse|reproche|demande|exige|promet|décide|poursuit|conteste|dénonce|critique|craint|espère|rejette|propose|lance|suspend|retire|interdit|supprime|coupe|héberge';

/** `Amazon| dit avoir observé…`, `Amazon| prévoit de couper les ponts avec Parler`. */
const PRESENT_CLAUSE = new RegExp(`^\\s((${PRESENT_VERBS})\\s[^]*?)[.!]?$`, 'u');

/** `… et a averti la plate-forme…`, `, ce qui devrait…`: where a second action starts; cut there. */
const SECOND_CLAUSE =
	/\s(?:et|puis)\s(?:a|ont|avait)\s|,\s(?:ce qui|ce que|alors que|tandis que|avant de|après avoir)\s/u;

/** `à l'héberger`, `de le censurer`: an object pronoun standing for something named before. */
const OBJECT_PRONOUN =
	/(?:^|\s)(?:l['’]|les\s|le\s|la\s|lui\s|leur\s)\p{Ll}+(?:er|ir|re)(?![\p{L}])/u;

/** `Twitter|, qui a définitivement fermé…`: a relative clause after a name. */
const RELATIVE_CLAUSE = new RegExp(
	`^,\\squi\\s(a|ont)\\s(${ADVERBS}${PARTICIPLE}\\s[^,;:.!?()«»"]*)`,
	'u'
);

/** Words in a predicate that point outside the sentence, so a question built on it would be unclear. */
const DEPENDS_ON_CONTEXT =
	/(?<![\p{L}])(?:il|elle|ils|elles|lui|y|celui|celle|ceux|celles|cela|ça|ce|cet|cette|ces|dernier|dernière|même|son exemple|leur exemple|sa suite|son tour|ses traces)(?![\p{L}])/iu;

/**
 * Who did what, from sentences simple enough to be sure of:
 * `Amazon a décidé de ne plus héberger le réseau social.` (subject first);
 * `Aussi Amazon a-t-il décidé de suspendre le compte de Parler à partir de 08H00 GMT lundi.`
 * (inverted after an adverb); `… comme Twitter, qui a définitivement fermé le compte de Donald
 * Trump vendredi.` (relative clause). The subject is a name found in the sentence; a predicate
 * with a pronoun or demonstrative (`a suivi son exemple`, `y a répondu`) yields nothing. A
 * possessive in the predicate is the subject's own (`a décidé de ne plus offrir son service`).
 */
export function extractEvents(sentence: SentenceText, mentions: Mention[]): EventFact[] {
	const text = sentence.text;
	const events: EventFact[] = [];
	for (const m of mentions) {
		const at = m.start - sentence.start;
		const end = m.end - sentence.start;
		const lead = text.slice(0, at);
		const rest = text.slice(end);
		// `Amazon a…`, `Aussi Amazon a-t-il…`, `Pour cause, Amazon a…`, `Après Google et Apple, Amazon prévoit…`
		const opensSentence = /^(?:[^,]{1,30},\s)?(?:(?:Aussi|Ainsi|Du coup)\s)?$/u.test(lead);
		const present = opensSentence ? PRESENT_CLAUSE.exec(rest) : null;
		const past = (opensSentence ? MAIN_CLAUSE.exec(rest) : null) ?? RELATIVE_CLAUSE.exec(rest);
		let aux: string;
		let predicate: string;
		let action: string;
		if (past) [, aux, predicate, action] = past as unknown as [string, string, string, string];
		else if (present) [, predicate, action] = present as unknown as [string, string, string];
		else continue;
		if (past && aux! === 'ont') continue; // plural subjects are handled as lists, not as events
		const cut = SECOND_CLAUSE.exec(predicate);
		const clean = (cut ? predicate.slice(0, cut.index) : predicate)
			.trim()
			.replace(/\s*[.!,;:]$/u, '');
		const words = clean.split(/\s+/u).length;
		// `a été fondée… mais a attiré…`: passives are no clear action; unbalanced quotes no clear text.
		if (words < 3 || words > 30 || DEPENDS_ON_CONTEXT.test(clean) || OBJECT_PRONOUN.test(clean))
			continue;
		if (action === 'été' || (clean.match(/"/gu) ?? []).length % 2 !== 0) continue;
		events.push({
			kind: 'event',
			article: sentence.article,
			sentence: sentence.index,
			start: sentence.start,
			end: sentence.end,
			subject: m.text,
			predicate: past ? `${aux!} ${clean}` : clean,
			participle: action
		});
	}
	return events;
}
