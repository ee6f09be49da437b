import type { SentenceText } from './sentences';

/** What kind of source an article gives for what it reports. */
export type SourceKind =
	| 'according-to'
	| 'published-by'
	| 'interview'
	| 'press-release'
	| 'told-to'
	| 'witnessed-by'
	| 'social-media';

/** A source an article cites in a sentence: the marker phrase and, when named, the source. */
export interface SourceFact {
	kind: 'source';
	article: string;
	sentence: number;
	source: SourceKind;
	/** The phrase that gives the source, as written (`publiée dans un premier temps par BuzzFeed`). */
	marker: string;
	/** Article offsets of the marker. */
	start: number;
	end: number;
	/** The source's name as written (`BuzzFeed`, `l'AFP`, `Fox News`), or null (`dans un communiqué`). */
	name: string | null;
	nameStart: number;
	nameEnd: number;
	/**
	 * Whether the marker is a whole phrase: a `selon` phrase ends at punctuation, the sentence's
	 * end or a preposition (`selon Google,`, `selon M. Nakamori.`), not inside a noun phrase cut
	 * short (`selon le ministre écossais de la` of `selon le ministre … Humza Yousaf la "…"`).
	 */
	complete: boolean;
	/** Whether the name is whole: `la Chambre` of `selon la Chambre provinciale du tourisme` is not. */
	nameWhole: boolean;
}

/** What may follow a whole source phrase: punctuation, the end, or a word opening a complement. */
const PHRASE_END =
	/^(?:\s*[,;:()!?–—]|\s+-\s|\s*\.?\s*$|\s+qu['’]|\s+(?:à|au|aux|dans|en|sur|pour|lors|depuis|avant|après|et|mais|qui|que|dont|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|hier)(?![\p{L}'’]))/u;

/** A source's name: a capitalised name, or a determiner and a noun phrase (`des experts`). */
const NAME = `(?:l['’]|le\\s|la\\s|les\\s|un\\s|une\\s|des\\s|M\\.\\s|Mme\\s)?(?:\\p{Lu}[\\p{L}\\d&.-]*(?:\\s(?:de\\s|du\\s|des\\s)?\\p{Lu}[\\p{L}\\d&.-]*)*|\\p{Ll}[\\p{L}-]+(?:\\s\\p{Ll}[\\p{L}-]+){0,3}?(?=[,.;]|\\s\\p{Lu}|\\s[ld]['’]\\p{Lu}))`;

/**
 * Each pattern, with the French it reads; group `n` is the source's name. `hint` is words the
 * pattern cannot match without: looking them up spares most sentences the pattern itself.
 */
const PATTERNS: { source: SourceKind; hint: string[]; re: RegExp }[] = [
	// `Selon Google, dans les jours qui ont suivi…`, `selon le centre indépendant Levada`,
	// `D'après Bill Barr, les données…`; the name of `selon un bilan établi par l'AFP` is read below.
	{
		source: 'according-to',
		hint: ['elon', 'après'],
		re: new RegExp(`(?<![\\p{L}])(?:[Ss]elon|[Dd]['’]après)\\s(?<n>${NAME})`, 'u')
	},
	// `la missive, publiée dans un premier temps par BuzzFeed`, `citée par le journal Glasgow Times`.
	{
		source: 'published-by',
		hint: ['par'],
		re: new RegExp(
			`(?<![\\p{L}])(?:publiée?s?|révélée?s?|rapportée?s?|citée?s?|relayée?s?|diffusée?s?)(?:\\s(?:dans un premier temps|initialement|d['’]abord|notamment|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi))?\\spar\\s(?:le journal\\s|le quotidien\\s|le site\\s|la chaîne\\s|l['’]agence\\s|le magazine\\s|l['’]hebdomadaire\\s)?(?<n>${NAME})`,
			'u'
		)
	},
	// `Dans une interview accordée à Fox News`, `dans un entretien au Monde`.
	{
		source: 'interview',
		hint: ['une interview', 'un entretien'],
		re: new RegExp(
			`(?<![\\p{L}])(?:une interview|un entretien)(?:\\s(?:accordée?|donnée?))?\\s(?:à|au)\\s(?:la chaîne\\s|la radio\\s|le journal\\s|le quotidien\\s)?(?<n>${NAME})`,
			'u'
		)
	},
	// `affirme le CEO John Matze dans un communiqué`.
	{
		source: 'press-release',
		hint: ['dans un communiqué'],
		re: /(?<![\p{L}])dans un communiqué(?![\p{L}])/u
	},
	// `explique à l'AFP le musicien`, `souligne auprès de l'AFP Vitali Chkliarov`, `a expliqué à la chaîne de télévision Sky News`.
	{
		source: 'told-to',
		hint: ['déclar', 'expliq', 'indiq', 'confi', 'racont', 'précis', 'soulign', 'affirm', 'assur'],
		re: new RegExp(
			`(?<![\\p{L}])(?:a\\s|ont\\s)?(?:déclaré|expliqué|indiqué|confié|raconté|précisé|souligné|affirmé|assuré|explique|indique|confie|raconte|précise|souligne|affirme|assure|déclare)\\s(?:à|auprès\\sd[eu]|auprès\\sde)\\s(?:la chaîne de télévision\\s|la chaîne\\s|la radio\\s|le journal\\s|le quotidien\\s)?(?<n>l['’]AFP|l['’]\\p{Lu}+|\\p{Lu}[\\p{L}\\d&.-]*(?:\\s\\p{Lu}[\\p{L}\\d&.-]*)*)`,
			'u'
		)
	},
	// `a constaté un journaliste de l'AFP`, `rencontré par l'AFP`.
	{
		source: 'witnessed-by',
		hint: ['constaté', 'par'],
		re: /(?<![\p{L}])(?:a constaté un journaliste de|a constaté une journaliste de|a constaté|rencontrée? par|interrogée? par|contactée? par)\s(?<n>l['’]AFP|l['’]\p{Lu}+|\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*)*)/u
	},
	// `a-t-il écrit sur Telegram`, `a confirmé sur son profil`, `a tweeté`.
	{
		source: 'social-media',
		hint: ['sur ', 'tweeté'],
		re: /(?<![\p{L}])(?:sur (?:son|leur) (?:profil|compte)(?:\s(?<n>Twitter|Facebook|Instagram|Telegram|TikTok))?|sur (?<n2>Twitter|Facebook|Instagram|Telegram|TikTok|X)(?![\p{L}])|a tweeté|ont tweeté)/u
	}
];

/** `selon un bilan établi par l'AFP à partir de sources officielles`: the name after `par`. */
const BY =
	/^(?:un|une|le|la|les|des)\s[\p{L}\s-]{1,30}?\s(?:établie?s?|publiée?s?|réalisée?s?|menée?s?)\spar\s(l['’]\p{Lu}+|\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*)*)/u;

/**
 * The sources a sentence gives for what it reports: `selon X`, `publiée par X`, an interview
 * given to X, a press release, words told to an agency, what an agency's journalist saw, a
 * social-media post. Sub-headings yield nothing. At most one source of each kind per sentence.
 */
export function extractSources(s: SentenceText): SourceFact[] {
	if (s.heading) return [];
	const out: SourceFact[] = [];
	for (const { source, hint, re } of PATTERNS) {
		const m = hint.some((w) => s.text.includes(w)) ? re.exec(s.text) : null;
		if (!m) continue;
		// `selon M. Sherman.`: the sentence's full stop is not the name's (`M.` keeps its own).
		let name =
			(m.groups?.n ?? m.groups?.n2 ?? null)?.trim().replace(/(?<!\b(?:M|Mme|Dr))\.$/u, '') ?? null;
		let nameAt = name ? m.index + m[0].lastIndexOf(name) : -1;
		if (name && source === 'according-to') {
			const by = BY.exec(s.text.slice(nameAt));
			if (by) {
				nameAt += by[0].length - by[1]!.length;
				name = by[1]!;
			}
		}
		// The marker runs to the end of its phrase: `selon le centre indépendant Levada`, not `selon le centre indépendant`.
		const phrase = /^[^,;:()"«»]*/u
			.exec(s.text.slice(m.index))![0]
			.replace(/\.\s*$/u, '')
			.trimEnd();
		// `Selon le CEO, John Matze, les GAFAM…`: the role, then the name in apposition.
		const appos =
			source === 'according-to'
				? /^(?:[Ss]elon|[Dd]['’]après)\s(?:le|la|l['’])\s?[^,]{1,40},\s(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)+)(?=,)/u.exec(
						s.text.slice(m.index)
					)
				: null;
		if (appos) {
			name = appos[1]!;
			nameAt = m.index + appos[0].length - name.length;
		}
		const whole =
			!appos &&
			source === 'according-to' &&
			phrase.length > m[0].length &&
			phrase.length <= 70 &&
			PHRASE_END.test(s.text.slice(m.index + phrase.length));
		// `selon M. Nakamori.`: the sentence's full stop is not the marker's.
		const marker = appos ? appos[0] : whole ? phrase : m[0].replace(/(?<!\b(?:M|Mme|Dr))\.$/u, '');
		const after = s.text.slice(m.index + marker.length);
		const nameEnd = name ? nameAt + name.length : -1;
		// Other kinds name a capitalised outlet (`a expliqué à l'AFP le président…`): whole as read.
		const complete = source !== 'according-to' || PHRASE_END.test(after);
		const nameWhole = !name || source !== 'according-to' || PHRASE_END.test(s.text.slice(nameEnd));
		out.push({
			kind: 'source',
			article: s.article,
			sentence: s.index,
			source,
			marker,
			start: s.start + m.index,
			end: s.start + m.index + marker.length,
			name,
			nameStart: name ? s.start + nameAt : -1,
			nameEnd: name ? s.start + nameEnd : -1,
			complete,
			nameWhole
		});
	}
	return out;
}
