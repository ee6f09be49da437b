import type { Facts } from '../../facts/extract-facts';
import { sentencesOf } from '../../extract/sentences';
import { datedActions } from '../../align/dated-actions';
import { actionClasses } from '../../align/action-classes';
import type { CleanArticle, Span } from '../../types';
import { cleanEvent } from './clean-event';
import { cleanSentence } from './clean-sentence';
import type { OrderRelation } from './order-relations';

/** One actor's share of an action several took, dated when the article gives its day. */
export interface ActorAction {
	text: string;
	actor: string;
	/** Sortable day (see `weekdayKey`), when the article names one for this actor. */
	when?: string;
	/** The day as written: `vendredi`. */
	dateText?: string;
	/** The sentence telling the joint action, then the one giving this actor's day. */
	spans: Span[];
}

/** `Google et Apple ont retiré Parler de…`: two or three names, a compound past, the rest. */
const JOINT =
	/^(\p{Lu}[\p{L}-]+(?:(?:,\s|\set\s)\p{Lu}[\p{L}-]+){1,2})\s(ont|avaient)\s((?:(?:tous deux|tous les deux|toutes deux)\s)?)(\p{Ll}+(?:é|i|is|it|u|t))((?:\s[^]+)?)$/u;

/**
 * `Apple a suivi son exemple`, `Lyon a emboîté le pas à Lille`, `Lyon imita Lille`: the subject
 * did what another did, after it. Group 1 is the subject, 2 the words as written, 3 the name
 * followed when the sentence gives it.
 */
const FOLLOW =
	/^(?:(?:Puis|Ensuite|Enfin|Et)\s)?(\p{Lu}[\p{L}-]+)\s((?:a|ont)\s(?:\p{Ll}+\s)?suivi\s(?:son|leur)\sexemple|(?:a|ont)\s(?:\p{Ll}+\s)?emboîté\sle\spas\s(?:à|de)\s(\p{Lu}[\p{L}-]+)|\p{Ll}*imit\p{Ll}+\s(\p{Lu}[\p{L}-]+))/u;

/**
 * One actor's share of an action the article gives several (`leur plateforme … respective` → `sa
 * plateforme`, `leurs magasins … respectifs` → `son magasin`; `dans leurs usines` goes); null
 * when a `leur` is left whose `son` or `sa` is unknown (`ont fermé leur usine`).
 */
function share(actor: string, rest: string, participle: string): string | null {
	const own = rest
		.replace(/(?<!\p{L})leur\s([^,]+?)\srespective(?!\p{L})/u, 'sa $1')
		.replace(/(?<!\p{L})leurs\s(\p{L}+)s((?:\s[^,]*?)?)\srespectifs(?!\p{L})/u, 'son $1$2')
		.replace(/(?<!\p{L})leurs\s(\p{L}+)s((?:\s[^,]*?)?)\srespectives(?!\p{L})/u, 'sa $1$2')
		.replace(/\s(?:de|à|dans|sur|pour)\s(?:leur|leurs)\s[^,]*/u, '')
		// `sa usine` → `son usine`: before a vowel, `son` whatever the gender.
		.replace(/(?<!\p{L})sa\s(?=[aeiouyàâéèêîïôûh])/iu, 'son ');
	// `ont fermé leur usine`: whose gender `son` or `sa` would need is unknown.
	if (/(?<!\p{L})leurs?(?!\p{L})/u.test(own)) return null;
	return `${actor} a ${participle}${own}`;
}

/**
 * Actions several actors took in turn, one by one: `Google et Apple ont déjà retiré Parler de
 * leur plateforme … respective` becomes `Google a retiré Parler de sa plateforme…` and `Apple a
 * retiré Parler de sa plateforme…`, each dated by the sentence that gives that actor's day
 * (`Pour justifier sa décision vendredi, Google…`, `Apple a suivi son exemple samedi`, see
 * `datedActions`, keyed by `key`) and ordered by a sentence saying one followed the other (`Apple
 * a suivi son exemple`: the example is Google's, named in the sentence before). One company,
 * then another: an order the text gives and logic does not.
 */
export function jointActions(
	article: CleanArticle,
	facts: Facts,
	key: (weekday: number) => string | null
): { actions: ActorAction[]; relations: OrderRelation[] } {
	const sentences = sentencesOf(article).filter((s) => !s.heading);
	const dated = datedActions(article, facts).filter((d) => !/\d/u.test(d.dayText) && !d.from);
	const actions: ActorAction[] = [];
	const relations: OrderRelation[] = [];
	for (const s of sentences) {
		// `JOINT` needs the word `ont` or `avaient` after a space, which cleaning never adds (it only
		// drops words around it, `ont-ils` → `ont`): other sentences (`dont`, `sont`) are not cleaned.
		const clean = /(?<!\S)(?:ont|avaient)(?!\p{L})/u.test(s.text)
			? cleanSentence(article, s)
			: null;
		const m = clean ? JOINT.exec(clean) : null;
		if (!m) continue;
		const names = m[1]!.split(/,\s|\set\s/u);
		const kinds = actionClasses(clean!);
		const mine = new Map<string, ActorAction>();
		for (const name of names) {
			const one = share(name, m[5]!, m[4]!);
			const text = one && cleanEvent(one, article.text.slice(0, s.start));
			if (!text) continue;
			const day = dated.find(
				(d) =>
					d.actor.aliases.includes(name) &&
					d.actions.some((k) => k === 'decide' || k === 'follow' || kinds.includes(k))
			);
			const when = day ? key(day.weekday) : null;
			const action: ActorAction = {
				text,
				actor: name,
				spans: [{ start: s.start, end: s.end }, ...(when && day ? day.spans.slice(-1) : [])],
				...(when && day ? { when, dateText: day.dayText } : {})
			};
			mine.set(name, action);
			actions.push(action);
		}
		// `Apple a suivi son exemple`: whose example is the other actor the sentence before names.
		sentences.forEach((f, k) => {
			const follow = FOLLOW.exec(f.text);
			if (!follow) return;
			const later = mine.get(follow[1]!);
			const prev = sentences[k - 1]?.text ?? '';
			const named = follow[3] ?? follow[4];
			const others = names.filter((n) => n !== follow[1]);
			const leader = named
				? others.find((n) => n === named)
				: others.filter((n) => prev.includes(n)).length === 1
					? others.find((n) => prev.includes(n))
					: undefined;
			const earlier = leader ? mine.get(leader) : undefined;
			if (!later || !earlier) return;
			relations.push({
				article: article.id,
				earlier: { text: earlier.text, phrase: false },
				later: { text: later.text, phrase: false },
				marker: follow[2]!,
				kind: 'time',
				// `Apple a suivi son exemple`: the subject and the words, as written.
				clue: `${follow[1]} ${follow[2]}`,
				spans: [
					{ start: s.start, end: s.end },
					...(named ? [] : [{ start: sentences[k - 1]!.start, end: sentences[k - 1]!.end }]),
					{ start: f.start, end: f.end }
				]
			});
		});
	}
	return { actions, relations };
}
