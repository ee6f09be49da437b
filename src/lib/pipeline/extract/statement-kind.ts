import { speakerAfter, speakerBefore } from './attribution';
import { allMatches } from './matches';
import { compiledPattern } from '../compiled-pattern';
import { quoteMarks } from './quote-marks';
import { isReportingVerb, REPORTING_INFINITIVES } from './reporting-verbs';

/** What a sentence of a news article does. */
export type StatementKind = 'fact' | 'reported' | 'opinion' | 'speculation';

/** A sentence's kind and the words that show it, as written. */
export interface StatementClass {
	kind: StatementKind;
	markers: string[];
}

/**
 * Words by which an author judges: `un véritable danger`, `il semble indispensable`, `Si l'on ne
 * peut que déplorer…`, `un fait difficile à ignorer, à savoir l'énorme pouvoir…`.
 */
const EVALUATIVE =
	/(?<![\p{L}])(?:véritables?|incroyables?|malheureusement|heureusement|hélas|scandaleu(?:x|se|ses)|inacceptables?|inadmissibles?|indispensables?|regrettables?|déplorables?|honteu(?:x|se|ses)|inquiétante?s?|alarmante?s?|choquante?s?|absurdes?|ridicules?|formidables?|remarquables?|magnifiques?|terribles?|admirables?|énormes?|évidemment|bien sûr|à juste titre|force est de constater|il faut|faut-il|il semble|on ne peut que|l['’]on ne peut que|difficile à ignorer|nos sociétés|notre société)(?![\p{L}])/giu;

/** Words of doubt or forecast: `sans doute`, `peut-être`, `tôt ou tard`. */
const DOUBT =
	/(?<![\p{L}])(?:sans doute|peut-être|probablement|vraisemblablement|il est possible que|tôt ou tard)(?![\p{L}])/giu;

/** The conditional of forecast and hearsay: `devrait`, `pourrait`, `aurait servi`, `serait`. */
const CONDITIONAL =
	/(?<![\p{L}])(?:pourrai(?:t|ent)|devrai(?:t|ent)|aurai(?:t|ent)|serai(?:t|ent))(?![\p{L}])/giu;

/** Any other conditional (`qui garantiraient`, `ils passeraient`): hypothetical or concordance, no clear class. */
const OTHER_CONDITIONAL = /(?<![\p{L}])\p{L}{2,}(?:rait|raient)(?![\p{L}])/giu;
/** What every conditional above ends with. */
const ENDS_RAIT = /rai(?:t|ent)(?![\p{L}])/iu;
/** `CONDITIONAL` for one word: built once, not per sentence. */
const IS_CONDITIONAL = new RegExp(CONDITIONAL.source, 'iu');
const NOT_CONDITIONAL =
	/^(?:trait|portrait|retrait|extrait|attrait|distrait|abstrait|soustrait)$/iu;

/** Words that weigh without clearly judging (`sévèrement sanctionné`, `massivement utilisée`): no clear class. */
const SHADING =
	/(?<![\p{L}])(?:sévèrement|massivement|radicales?|très|trop|seulement|simplement|considérables?|controversée?s?|majeure?s?|pénalisante?s?|du moins|les plus|le plus|la plus|n['’]est que|accusée?s?|estimant|considérée?s?|présumée?s?|soupçonnée?s?)(?![\p{L}])/iu;

/**
 * Words that colour a report of events: feelings lent to people (`des internautes ulcérés`),
 * images (`est devenu un refuge`), weighty adjectives (`dévastatrice`, `historique`). A sentence
 * holding one is no plain fact, and no clear opinion either: not asked.
 */
const JUDGING =
	/(?<![\p{L}])(?:refuge|ulcérée?s?|furieu(?:x|se|ses)|indignée?s?|outrée?s?|exaspérée?s?|scandalisée?s?|choquée?s?|effrayée?s?|terrifiée?s?|désespérée?s?|dévastat(?:eur|rice|eurs|rices)|dramatiques?|catastrophiques?|spectaculaires?|historiques?|brutale?s?|brutaux|célèbres?|fameu(?:x|se|ses)|prestigieu(?:x|se|ses)|imprenables?|sinistrée?s?|étonnante?s?|surprenante?s?|vives?|glaçante?s?|stupéfiante?s?|(?:est|sont|était|étaient)\s+devenue?s?\s+(?:un|une|le|la|l['’]|des))(?![\p{L}])/iu;

/** Verbs of belief or fear before `que`: `a cru que`, `pensait que`, `craignent que`. */
const THOUGHT =
	/(?<![\p{L}])(?:cru|croyai(?:t|ent)|croit|croient|pens(?:e|ent|é|ait|aient)|imagin(?:e|ent|é|ait)|craint|craignent|craignai(?:t|ent)|redout(?:e|ent|é|ait)|espér(?:é|ait)|esp[eè]r(?:e|ent))\s+qu/iu;

/** A word before `que`: `déclarer qu'ils…`. */
const WORD_BEFORE_QUE = /(?<![\p{L}])(\p{L}+)\s+qu['’e]/gu;

/** A past event: `a été fondée`, `ont choisi`, `avait ouvert`, or a date or figure. */
const PAST =
	/(?<![\p{L}])(?:a|ont|avait|avaient)\s+(?:été\s+)?(?:(?:déjà|aussi|également|définitivement|notamment|alors|ensuite|encore|pas|jamais|toujours|bien|rapidement|finalement)\s+)*\p{Ll}{2,}(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|u|ue|us|ues|ert|erte|erts|ertes|ort|orts)(?![\p{L}'’])/u;
const FIGURE =
	/(?<![\p{L}\d-])\d(?:[\d.,]*\d)?(?![\p{L}\d])|(?<![\p{L}])(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])/u;

/**
 * The kind of a sentence, from explicit markers only: reported words (quotation marks with a
 * reporting verb, `selon X`, `a déclaré que`), the author's opinion (evaluative words, `il faut`,
 * `il semble`, a question the author asks, `nos sociétés`), speculation or forecast (the
 * conditional, `sans doute`, `tôt ou tard`), or a reported fact (a past event or a figure, and no
 * marker of any other kind). Null when markers of two kinds meet (`Il pourrait s'agir d'un
 * véritable danger`) or none is clear: only sentences whose class the markers settle are asked.
 */
export function statementKind(text: string): StatementClass | null {
	const marks = quoteMarks(text);
	const quoted = marks.length > 0 || /["«»“”]/u.test(text);
	let outside = text;
	for (const q of marks)
		outside =
			outside.slice(0, q.open) + ' '.repeat(q.close + 1 - q.open) + outside.slice(q.close + 1);
	const words = outside.split(/[\s,.;:!?()]+/u);
	const verbs = words.filter((w) => isReportingVerb(w));
	// The whole `selon` phrase, up to a comma or the sentence's end: `selon le ministre … Humza
	// Yousaf la "déprimante"…` has no clear end, and its sentence no clear class.
	const selon =
		/(?:^|[\s,(])((?:[Ss]elon|[Dd]['’]après)\s[^,;:()"«»]{1,60}?)\.?(?=[,;:()]|\.?$)/u.exec(
			outside
		)?.[1];
	if (!selon && /(?<![\p{L}])(?:selon|d['’]après)\s/iu.test(outside)) return null;
	// `Faut-il limiter le pouvoir des GAFAM ?`: a question asserts nothing to classify.
	if (/\?\s*$/u.test(text) && !quoted) return null;
	// `en disant que l'accord pourrait…`: a gerund reports too.
	const gerund =
		/(?<![\p{L}])(?:disant|affirmant|expliquant|estimant|assurant|déclarant|indiquant|soulignant|précisant)\s+(?:que|qu['’]\p{L}+)/u.exec(
			outside
		)?.[0];
	// `Un restaurateur en a acheté une cinquantaine, expliquant qu'il comptait…`: a fact, then
	// words reported by a gerund; the sentence is both, and no class is clear.
	if (gerund && !selon && PAST.test(outside.slice(0, outside.indexOf(gerund)))) return null;
	// `ont commencé à déclarer qu'ils passeraient…`: an infinitive reports with its `que`.
	const infinitive = () =>
		// `WORD_BEFORE_QUE` needs ` qu`: most sentences without one are not read for it.
		/\squ/u.test(outside) &&
		allMatches(WORD_BEFORE_QUE, outside).some((m) =>
			REPORTING_INFINITIVES.has(m[1]!.toLowerCase())
		);
	// Quotation marks report only with an attribution (`« … », a déclaré X`), not around a title.
	const attributed = () =>
		marks.some(
			(q) =>
				speakerAfter(text.slice(q.close + 1)) !== null ||
				speakerBefore(text.slice(0, q.open)) !== null
		);
	// The cheapest tests first: once one reports, the others are not run.
	const reported =
		!!selon ||
		!!gerund ||
		(verbs.length > 0 &&
			(attributed() ||
				verbs.some((v) =>
					compiledPattern(`${v}\\s+(?:que|qu['’]|avoir|être)`, 'u').test(outside)
				))) ||
		infinitive();
	const kinds = new Map<StatementKind, string[]>();
	if (reported)
		kinds.set('reported', [
			...(selon ? [selon] : []),
			...(gerund ? [gerund] : []),
			...verbs.slice(0, 1).map((v) => verbPhrase(outside, v)),
			...(quoted ? ['« … »'] : [])
		]);
	const evaluative = allMatches(EVALUATIVE, outside);
	// `pour prévenir qu'il faut partir`: after `que`, `il faut` is someone else's, not the author's.
	if (evaluative.some((m) => /qu(?:e\s+|['’]\s*)$/u.test(outside.slice(0, m.index)))) return null;
	if (evaluative.length)
		kinds.set(
			'opinion',
			evaluative.map((m) => m[0])
		);
	// Both conditional patterns need a word in `-rait`, `-raient`: most sentences have none.
	const conditional = ENDS_RAIT.test(outside);
	const doubt = [
		...allMatches(DOUBT, outside).map((m) => m[0]),
		...(conditional ? allMatches(CONDITIONAL, outside) : [])
			.map((m) => m[0])
			.filter((w) => !NOT_CONDITIONAL.test(w))
	];
	if (doubt.length) kinds.set('speculation', doubt);
	const otherConditional =
		conditional &&
		allMatches(OTHER_CONDITIONAL, outside).some(
			(m) => !NOT_CONDITIONAL.test(m[0]) && !IS_CONDITIONAL.test(m[0])
		);
	if (kinds.size > 1 || (otherConditional && !kinds.has('reported'))) return null;
	// `signifie simplement…`, `accusé de…`: a shade of judgement or hearsay beside the other markers.
	if (!kinds.has('reported') && SHADING.test(outside)) return null;
	if (kinds.size === 1) {
		const [kind, markers] = [...kinds][0]!;
		return { kind, markers: [...new Set(markers.map((m) => asWritten(text, m)))] };
	}
	if (quoted) return null;
	const past = PAST.exec(text)?.[0];
	const figure = FIGURE.exec(text)?.[0];
	// `L'OMS a rappelé le 12 avril qu'aucune étude…`, `a constaté un journaliste de l'AFP`: a
	// reporting verb the patterns above did not tie to its clause still reports; `Carla a cru que
	// la guerre commençait` tells a belief. Neither is a plain fact.
	if (!past || JUDGING.test(outside) || verbs.length > 0 || THOUGHT.test(outside)) return null;
	return { kind: 'fact', markers: [asWritten(text, past), ...(figure ? [figure] : [])] };
}

/**
 * A marker as the sentence writes it, with the elided word before it (`n'ont pas cessé`, not
 * `ont pas cessé`; `s'est indigné`): an explanation quotes the article's exact words.
 */
function asWritten(text: string, marker: string): string {
	const at = text.indexOf(marker);
	if (at <= 0) return marker;
	const clitic = /(?<![\p{L}])(?:[nsltmjdc]|qu)['’]$/iu.exec(text.slice(Math.max(0, at - 3), at));
	return clitic ? clitic[0] + marker : marker;
}

/** `a déclaré que`, `a aussi regretté qu'`, `dit avoir`: the reporting verb with its auxiliary and `que`. */
function verbPhrase(text: string, verb: string): string {
	const re = compiledPattern(
		`(?<![\\p{L}])(?:(?:a|ont|avait|avaient|aurait|est|sont)\\s+(?:\\p{Ll}+\\s+){0,2})?${verb}(?:\\s+(?:que|qu['’]\\p{L}*|avoir|être))?(?![\\p{L}])`,
		'u'
	);
	return re.exec(text)?.[0] ?? verb;
}
