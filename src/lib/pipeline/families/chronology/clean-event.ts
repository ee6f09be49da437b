import { capitalize } from '../../generate/typography';
import { rememberText } from '../../remember-text';
import { wordCount } from '../../word-count';

/** An auxiliary opening a compound past: `a`, `ont`, `avait`, `avaient`, `est`, `sont`. */
const AUX = '(?:a|ont|avait|avaient|est|sont)';

/** Linking words an event shown alone does without: `Pour rappel, Parler est…` → `Parler est…`. */
const OPENER =
	/^(?:Précédemment|Auparavant|Peu de temps auparavant|Par la suite|Ensuite|Le lendemain|Pour rappel|Au total|Par ailleurs|En outre|Toutefois|Néanmoins|Cependant|Mais|Ainsi|Or|Puis|Enfin|Aussi|Et|Donc|En effet|De plus)\s*,?\s+/u;

/** A verb in a finite form: an auxiliary, an imperfect, a simple past or present (`imita`, `prenait`). */
const FINITE =
	/(?<!\p{L})(?:a|ont|est|sont|avait|avaient|était|étaient|fut|furent)(?!\p{L})|(?<![\p{L}'’])\p{Ll}{2,}(?:ait|aient|a|it|ut|èrent|irent|urent|ent|e)(?!\p{L})/u;

/** An order word before the first comma: the event is placed against something not shown (`Plusieurs heures avant M. Lai, …`). */
const RELATIVE_OPENING = /^[^,]*(?<!\p{L})(?:avant|après|depuis)(?!\p{L})[^,]*,/iu;

/** `se sont, pour la première fois en dix ans, appauvris`: an aside between auxiliary and participle. */
const ASIDE = /(\s(?:a|ont|est|sont|avait|avaient|était|étaient)),\s[^,]{3,60},\s(?=\p{Ll})/u;

/** `a véritablement démarré` → `a démarré`: an adverb in -ment right after the auxiliary. */
const AUX_ADVERB = /(\s(?:a|ont|est|sont|avait|avaient|était|étaient))\s\p{Ll}+ment(?=\s)/u;

/**
 * A day opening the clause: the event shown alone goes without it (`Samedi, Google a…`, `Le 6
 * janvier 2021, une horde…`); the date is the question's matter, not the event's wording.
 */
const WEEKDAY_OPENER =
	/^(?:(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)(?:\s(?:soir|matin|après-midi))?|Le\s\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s\d{4})?),\s/u;

/**
 * A day inside the clause (`Le maire a démissionné jeudi`, `a annoncé lundi soir la fin`): the
 * event goes without it, as it does without a day opening it; `la réunion de jeudi` keeps it.
 */
const WEEKDAY_INSIDE =
	/(?<!(?:\sde|\sdu|d['’]|\sce|\sle|\schaque))\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s(?:soir|matin|après-midi))?(?=[\s,.]|$)/gu;

/** A description standing for a name the reader must guess: `le géant internet a décidé`. */
const DESCRIPTION_SUBJECT =
	/^(?:Le|La|L['’])\s?(?:géant|groupe|firme|société|entreprise|plateforme|réseau|application|appli|messagerie)(?:\s[\p{Ll}-]+){0,2}\s(?:a|avait|ont|avaient|est|était)\s/u;

/** Adverbs that tie a clause to its neighbours: `ont également exclu`, `se sont en effet rués`. */
const FILLERS =
	/\s(?:également|aussi|donc|toutefois|néanmoins|notamment|d['’]ailleurs|déjà|effectivement|en effet|alors|encore et toujours|encore|ainsi|de son côté|à leur tour|à son tour)(?=[\s,.]|$)/gu;

/** What a clause cannot be read without: `Il a…`, `cette application`, `son compte`, `y déclare-t-on`. */
const DANGLING =
	/^(?:Il|Elle|Ils|Elles|On|Cela|Ceci|Ça|Celui-ci|Celle-ci|Son|Sa|Ses|Leur|Leurs|Lui|Y)\s|(?<!\p{L})(?:cela|ceci|ça|celui-ci|celle-ci|similaires?|pareils?|identiques?|de même|le même|la même|les mêmes|-t-on|-t-il|-t-elle)(?!\p{L})/iu;

/**
 * What follows the core of a clause and can go: `, ayant entraîné…`, ` pour protester…`, `, qui…`,
 * `, ce qui…`, and an apposition after a name (`avec Kiwi, la messagerie prisée de…`).
 */
const TAIL =
	/(?:,\s(?:ayant|étant|qui|dont|car|puisque|alors que|tandis que|afin|et ce)(?!\p{L})|\s(?:pour|afin de)\s(?!(?:votre|notre)(?!\p{L}))\p{Ll}+(?:er|ir|re)(?!\p{L})|\sen\s\p{Ll}+ant(?!\p{L})|\sà partir d(?:e|u|['’])|\set ce,|,\sce qui(?!\p{L})|(?<=\p{Lu}[\p{L}-]+),\s(?:le|la|l['’]|les|un|une)\s?\p{Ll}|\s[-–]\s)[^]*$/u;

/** A clause without its tail: `TAIL` is slow, and the family cleans each sentence more than once. */
const withoutTail = rememberText((t: string) => t.replace(TAIL, ''));

/**
 * `Le lendemain, Apple imita Twitter.`: a clause that only says someone copied someone states no
 * action, so the event cannot be checked or read alone.
 */
const ONLY_IMITATION =
	/^\p{Lu}[^,]*?\s(?:(?:a|ont|avait|avaient)\s)?(?:imit\p{Ll}*|suivi\s(?:son|leur)\sexemple|suivi\p{Ll}*\sl['’]exemple\sde|emboît\p{Ll}*\sle\spas\s(?:à|de)|suiv\p{Ll}*\sl['’]exemple\sde)\s?(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)?$/u;

/** A few words in quotation marks: `de «liberté d’expression»`, `le "trou de la Sécu"`. */
const SCARE_QUOTES = /[«“"]\s*([^«»“”"]{1,40}?)\s*[»”"]/gu;

/** A demonstrative group: `cette application`, `ce réseau`. */
const DEMONSTRATIVE = /(?<!\p{L})(?:ce|cet|cette|ces)\s(\p{Ll}+)/giu;

/** `Parler est un réseau social lancé`: a state that names an event in a participle. */
const STATE = new RegExp(
	`^(\\p{Lu}[^,]{0,40}?)\\s(?:est|était)\\s(?:un|une)\\s[^,]{2,40}?\\s(\\p{Ll}+(?:é|ée|i|ie|u|ue|t|te))(?:\\s(?:et|,)[^]*)?$`,
	'u'
);

/** `S ont passé des appels similaires, retirant O`: a vague main verb whose action is the participle after it. */
const VAGUE_THEN_PARTICIPLE = new RegExp(
	`^(\\p{Lu}[^,]*?\\s)(${AUX})\\s[^,]*?(?:similaires?|pareils?|de même|le même|la même|les mêmes)[^,]*,\\s(\\p{Ll}+)ant\\s([^,]+)`,
	'u'
);

/** `S a fait X mais a attiré Y`: the subject and the last verb. */
const BUT_THEN = new RegExp(`^(\\p{Lu}[^,]*?\\s)${AUX}\\s[^,]+?\\smais\\s(${AUX}\\s)`, 'u');

/** Stems whose participle is not stem + `é` (`finissant` → `fini`, `prenant` → `pris`). */
const IRREGULAR_STEM =
	/(?:iss|pren|fais|dis|suspend|rend|vend|perd|mett|voy|ten|ven|pouv|voul|sav|dev|écriv|lis|duis|ais|oiv|ach)$/u;

/** Participles of founding events a state names: `lancé`, `fondée`, `créé`, `né`. */
const FOUNDING = /^(?:lancée?|fondée?|créée?|née?|ouverte?|inaugurée?|mise? en ligne)$/u;

/**
 * Turns a clause from an article into an event a learner can read alone, or null when it cannot
 * stand alone. `before` is the article text before the clause, to name what a demonstrative
 * points to. Rules, in order:
 * - a clause placed against something not shown (`Plusieurs heures avant M. Lai, …`) or with no
 *   verb before its first comma (`Libéral assumé, successivement…`) is dropped;
 * - asides and adverbs after the auxiliary go: `se sont, pour la première fois, appauvris`;
 * - linking words go: `Toutefois, Apple et Google ont également exclu…` → `Apple et Google ont exclu…`;
 * - a state naming its founding becomes the founding: `Parler est un réseau social lancé et
 *   présenté comme…` → `Parler a été lancé`;
 * - `S ont passé des appels similaires, retirant O` keeps the action: `S ont retiré O`;
 * - `S a fait X mais a attiré Y` keeps the last verb, the one an order word attaches to;
 * - a collective singular takes a singular verb: `Une horde de manifestants prenaient` → `prenait`;
 * - what trails the core goes: `, ayant entraîné…`, ` pour protester…`, `, qui…`;
 * - `D'autres réseaux ont suspendu` → `Des réseaux ont suspendu`;
 * - `cette application` becomes the name the text gave it: `l'application Parler`;
 * - a description as subject (`le géant internet a décidé`) takes `subject`, the one company the
 *   sentence before names, when the caller knows it; else the event is dropped;
 * - a clause that only says someone imitated someone (`Apple imita Twitter`) is dropped;
 * - a few words in quotation marks keep them, as “ ” (`de «liberté d’expression» Parler`);
 * - pronoun subjects, `cela`, comparisons with nothing to compare (`des appels similaires`),
 *   longer quotations and unresolved demonstratives make it null.
 */
export function cleanEvent(clause: string, before = '', subject?: string): string | null {
	let t = capitalize(squeezed(clause))
		.replace(WEEKDAY_OPENER, '')
		.replace(OPENER, '')
		.replace(WEEKDAY_INSIDE, '');
	t = capitalize(t);
	if (RELATIVE_OPENING.test(t)) return null;
	t = t.replace(ASIDE, '$1 ').replace(AUX_ADVERB, '$1');
	// `Aussi Amazon a-t-il décidé…`: the inversion after `Aussi` reads `Amazon a décidé…`.
	t = t.replace(
		/(\s(?:a|ont|avait|avaient))-t-(?:il|elle|ils|elles)(?=\s)|(\s(?:ont|avaient))-(?:ils|elles)(?=\s)/u,
		'$1$2'
	);
	if (subject)
		t = t.replace(DESCRIPTION_SUBJECT, (d) => `${subject} ${/\s(\p{Ll}+)\s$/u.exec(d)![1]} `);
	const state = STATE.exec(t);
	if (state && FOUNDING.test(state[2]!)) t = `${state[1]} a été ${state[2]}`;
	// The test first: `BUT_THEN` is slow on a long clause, and few hold a `mais`.
	if (/\smais\s/u.test(t)) t = t.replace(BUT_THEN, '$1$2');
	t = t.replace(/^((?:Une?|La|Le)\s\p{Ll}+\sde\s[^,]+?\s\p{Ll}+)aient(?!\p{L})/u, '$1ait');
	const vague = VAGUE_THEN_PARTICIPLE.exec(t);
	if (vague) {
		const stem = vague[3]!.replace(/ge$/u, 'g').replace(/ç$/u, 'c');
		if (IRREGULAR_STEM.test(stem)) return null;
		t = `${vague[1]}${vague[2]} ${stem}é ${vague[4]}`;
	}
	t = withoutTail(t).replace(FILLERS, '');
	t = t.replace(/^(?:D|d)['’]autres\s/u, 'Des ');
	const resolved = resolveDemonstratives(t, before);
	if (resolved === null) return null;
	t = resolved
		.replace(/\s+,/gu, ',')
		.replace(/\s{2,}/gu, ' ')
		.replace(/[\s,]+$/u, '')
		.trim();
	if (!FINITE.test(t.split(',')[0]!) || ONLY_IMITATION.test(t)) return null;
	// `du réseau social de «liberté d’expression» Parler`: a few words the paper holds at a
	// distance keep their marks, as “ ”, which nest inside the « » of an explanation; a longer
	// quotation is someone's words, not an event.
	t = t.replace(SCARE_QUOTES, (_, words: string) =>
		words.split(/\s+/u).length <= 4 ? `“${words}”` : _
	);
	const unquoted = t.replace(/“[^“”«»"]+”/gu, '');
	if (DANGLING.test(t) || DESCRIPTION_SUBJECT.test(t) || /[«»"“”]/u.test(unquoted)) return null;
	const words = wordCount(t);
	if (words < 3 || words > 22) return null;
	return capitalize(t);
}

/**
 * The clause on one line, without the stop or colon it ends on: `a retiré Parler. ` → `a retiré
 * Parler`. Most clauses already have single spaces and no such stop: they are left as they are
 * rather than copied by a replace (the same result).
 */
function squeezed(clause: string): string {
	const spaced = /[^\S ]| {2}/u.test(clause) ? clause.replace(/\s+/gu, ' ') : clause;
	const t = spaced.trim();
	// Trimmed, the text ends on no space: only a stop or a colon can end it.
	const end = t.charAt(t.length - 1);
	return end === '.' || end === ';' || end === ':' ? t.replace(/[\s.;:]+$/u, '') : t;
}

/**
 * `cette application` → `l'application Parler` when the text before names it so (`l'application
 * » Parler «`, `la messagerie Kiwi`); null when a demonstrative has nothing to point to.
 */
function resolveDemonstratives(t: string, before: string): string | null {
	let failed = false;
	const out = t.replace(DEMONSTRATIVE, (whole, head: string) => {
		// No such word before: nothing to point to, and no pattern to build and run over the text.
		if (!before.includes(head)) {
			failed = true;
			return whole;
		}
		const re = new RegExp(
			`(?<!\\p{L})(l['’]|la\\s|le\\s)${head}\\s*[«»"“”]?\\s*(\\p{Lu}[\\p{L}-]+)`,
			'gu'
		);
		const last = [...before.matchAll(re)].at(-1);
		if (!last) {
			failed = true;
			return whole;
		}
		return `${last[1]}${head} ${last[2]}`;
	});
	return failed ? null : out;
}
