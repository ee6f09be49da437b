import type { EventFact, Mention } from '../facts/types';
import type { SentenceText } from './sentences';

/** Adverbs that may sit between the auxiliary and the participle: `a déjà retiré`. */
const ADVERBS =
	'(?:(?:déjà|aussi|également|donc|notamment|finalement|définitivement|ensuite|alors|enfin|encore|bien|toutefois|pourtant|récemment|rapidement|immédiatement|officiellement)\\s)*';

/** A past participle: `décidé`, `retiré`, `suspendu`, `banni`, `pris`, `fait`, `écrit`, `ouvert`. */
const PARTICIPLE = '([\\p{Ll}]+(?:é|i|u|is|it|ert|eint|aint|oint|uit)(?:e|s|es)?)';

/** `Amazon| a décidé de…`: what follows a subject that opens the sentence. */
const MAIN_CLAUSE = new RegExp(
	`^\\s(a|ont)(?:-t-(?:il|elle|ils|elles))?\\s(${ADVERBS}${PARTICIPLE}\\s[^]*?)[.!]?$`,
	'u'
);

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
		const main = MAIN_CLAUSE.exec(rest);
		const relative = RELATIVE_CLAUSE.exec(rest);
		// `Amazon a…`, `Aussi Amazon a-t-il…`, `Pour cause, Amazon a…`, `Samedi, Apple a…`
		const opensSentence = /^(?:[^,]{1,30},\s)?(?:(?:Aussi|Ainsi|Du coup)\s)?$/u.test(lead);
		const match = opensSentence && main ? main : relative;
		if (!match) continue;
		const [, aux, predicate, participle] = match;
		if (aux !== 'a') continue; // plural subjects are handled as lists, not as events
		const clean = predicate!.trim().replace(/\s*[.!]$/u, '');
		const words = clean.split(/\s+/u).length;
		// `a été fondée … mais a attiré …`: passives and coordinated predicates are not one clear action.
		if (words < 3 || words > 30 || DEPENDS_ON_CONTEXT.test(clean) || /^été\b|\smais\s/u.test(clean))
			continue;
		events.push({
			kind: 'event',
			article: sentence.article,
			sentence: sentence.index,
			start: sentence.start,
			end: sentence.end,
			subject: m.text,
			predicate: `a ${clean}`,
			participle: participle!
		});
	}
	return events;
}
