import { wordCount } from '../word-count';
/**
 * What an event's predicate keeps: the action and what it bears on, without the words that tie
 * it to the rest of the article, so that `D’après l’article, qui {predicate} ?` reads alone.
 */

/**
 * Discourse adverbs, left out of the predicate: `a pour sa part dénoncé`, `a en outre lancé`,
 * `a ainsi appelé`, `reconnaît toutefois`. They link to another sentence (`aussi`, `à son tour`)
 * and say nothing of the action.
 */
export const DISCOURSE =
	"(?:pour sa part|pour leur part|de son côté|de leur côté|en outre|ainsi|aussi|également|lui aussi|elle aussi|lui-même|elle-même|à son tour|en effet|d['’]ailleurs|par ailleurs|quant à lui|quant à elle|néanmoins|cependant|toutefois|pourtant|donc|alors|enfin|même|de nouveau|à nouveau|bien|finalement|ensuite|notamment|effectivement|d['’]abord|dès lors|de fait|en revanche|pour autant)";

/** Where a second clause starts; the predicate stops there. Each with the example it cuts. */
const CUTS: RegExp[] = [
	// `a dénoncé la réforme comme un "coup d'Etat constitutionnel"| mais n'a pas fait grand chose`
	/,?\smais\s/u,
	// `a déclaré avoir trouvé 98 publications| et a averti la plate-forme`
	/,?\s(?:et|puis)\s(?:n['’])?(?:a|avait|est|était|s['’]est|ont)\s/u,
	// `a annoncé la réforme constitutionnelle à la surprise générale en janvier| avant d'y ajouter…`
	/,?\s(?:avant de|avant d['’]|après avoir|afin de|afin d['’]|alors que|alors qu['’])/u,
	// `prévoit de couper les ponts avec Parler|, ce qui devrait rendre la plateforme…`
	/,\s(?:et|puis|ce qui|ce que|alors que|tandis que|avant de|avant d['’]|après avoir|afin de|afin d['’]|pour qui|dont|où|qui|selon|car|parce que|parce qu['’]|puisque|puisqu['’]|quand|lorsque|lorsqu['’]|si bien que|tout en|un|une)(?:\s|(?<=['’]))/u,
	// `a critiqué les mesures de confinement|, estimant que…`; `|, en dénonçant "la sauvagerie"…`
	/,\s(?:en\s)?\p{Ll}+ant(?![\p{L}])/u,
	// `a commandé un sondage… montrant "une adhésion forte…"| selon l'institut`
	/\sselon\s/u,
	// `a annoncé la levée de la quarantaine| : …`, `|; …`
	/\s?[;:]\s/u,
	// `a fait savoir qu'il continuait…|, a indiqué le groupe`
	/,\s(?:a|ont)\s\p{Ll}+é\s/u
];

/** A predicate may not end on a word that wants more: `a décidé de`. */
const DANGLING =
	/(?<![\p{L}])(?:de|du|des|d['’]|à|au|aux|le|la|les|l['’]|un|une|et|ou|en|pour|par|sur|avec|que|qu['’]|dans|entre|contre|comme|son|sa|ses|leur|leurs|ce|cette|ces)$/iu;

/** Words that point outside the sentence, each with the case it rejects. */
const OUTSIDE: RegExp[] = [
	// `Apple y a répondu`, `a suivi son exemple`, `cela`: a pronoun or a possessive for someone else.
	/(?<![\p{L}-])(?:(?<!il\s)y|cela|ça|ceci|eux|son exemple|leur exemple|sa suite|son tour|ses traces)(?![\p{L}'’-])/iu,
	// `a assuré qu'il avait`, not the impersonal `il faut`, `il y a`, `il s'agit`.
	/(?<![\p{L}-])(?:il|elle)(?![\p{L}'’-])(?!\s(?:faut|fallait|y a|y avait|s['’]agit|s['’]agissait|(?:est|était|serait)\s(?:"|«\s?)?(?:temps|possible|impossible|nécessaire|clair|évident|probable|difficile)))/iu,
	// `de le censurer`, `à l'héberger`, `pour la convaincre`: an object pronoun before an infinitive
	// (not `à l'étranger`, `en janvier`, `à l'avenir`).
	/(?:^|\s)(?:l['’]|les\s|le\s|la\s|lui\s|leur\s)(?:(?!étranger|hiver|premier|dernier|entier|quartier|dossier|métier|courrier|papier|chantier)\p{Ll}+er|faire|dire|prendre|mettre|rendre|soutenir|obtenir|voir|recevoir|détruire|convaincre|retenir|suivre|vendre|finir|servir|accueillir|battre|défendre|comprendre|permettre|admettre|transmettre)(?![\p{L}])/u,
	// `les a aidés`, `l'a décrit`, `n'en avait apporté`, `en a conclu`: an object pronoun before a verb.
	/(?:^|\s)(?:l['’]|les\s|le\s|la\s|lui\s|leur\s|n['’]en\s|en\s)(?:a|ont|avait|avaient|aurait|est|sont)\s/u,
	// `cette intervention`, `ces violences`, `ce marché`: a demonstrative (not `ce qui`, `c'est`).
	/(?<![\p{L}'’-])(?:cet|cette|ces|ce(?!\s(?:qui|que|qu['’]|dont)))(?![\p{L}'’-])/iu,
	// `celle-ci`, `le même`, `inclure aussi Microsoft` (not `aussi étroitement`): a word for something said before.
	/(?:-ci|-là)(?![\p{L}])|(?<![\p{L}])(?:le|la|les) mêmes?(?![\p{L}])|(?<![\p{L}'’-])(?:celui|celle|ceux|celles)(?!\s(?:de|du|des|d['’]|qui|que|qu['’]))|(?<![\p{L}])(?<!mais\s)(?:aussi(?!\s\p{Ll}+ment)|également)(?![\p{L}])/iu,
	// `le pays`, `la capitale`, `le ministre`, `le message`: a place, a person or a thing named before.
	/(?<![\p{L}'’-])(?:le pays|la ville|la capitale|l['’]archipel|la région|le président|l['’]ancien président|l['’]ex-président|la présidente|le ministre|la ministre|le préfet|le message|la lettre|le document|le texte|l['’]homme|la femme)(?![\p{L}'’-])(?!\s(?:\p{Ll}+\s)?\p{Lu})/u
];

/**
 * `ils`, `elles`, `leur`: fine after a plural the predicate names (`a lancé un appel aux
 * organisateurs pour qu'ils prennent…`), else they stand for people named before.
 */
function pluralOutside(text: string): boolean {
	const m = /(?<![\p{L}-])(?:ils|elles|leurs?)(?![\p{L}'’-])/iu.exec(text);
	if (!m) return false;
	return !/(?:^|\s)(?:les|des|aux)\s(?:\p{Ll}+\s)?\p{Ll}+[sx](?![\p{L}])/u.test(
		text.slice(0, m.index)
	);
}

/** `a critiqué les mesures de confinement prises par les gouverneurs…|, notamment ceux de…`. */
const LONG = 20;

/** A long predicate ends at its first comma outside quotation marks that leaves five words. */
function shortened(text: string): string {
	if (wordCount(text) <= LONG) return text;
	for (const m of text.matchAll(/,\s/gu)) {
		const head = text.slice(0, m.index);
		if (wordCount(head) >= 5 && (head.match(/"/gu) ?? []).length % 2 === 0) return head;
	}
	return text;
}

/**
 * The predicate to ask about, or null when it cannot stand alone: discourse adverbs dropped,
 * cut where a second clause starts, 3 to 30 words, quotation marks paired, no pronoun or
 * demonstrative pointing outside it. `a pour sa part dénoncé la réforme comme un "coup d'Etat
 * constitutionnel" mais n'a pas fait grand chose pour s'y opposer` gives `a dénoncé la réforme
 * comme un "coup d'Etat constitutionnel"`.
 */
export function cleanPredicate(raw: string): string | null {
	let text = withoutDiscourse(raw);
	for (const cut of CUTS) {
		const m = cut.exec(text);
		if (m) text = text.slice(0, m.index);
	}
	text = shortened(text.trim()).replace(/[\s.!,;:]+$/u, '');
	const words = wordCount(text);
	if (words < 3 || words > 30 || DANGLING.test(text)) return null;
	if ((text.match(/"/gu) ?? []).length % 2 !== 0) return null;
	if ((text.match(/«/gu) ?? []).length !== (text.match(/»/gu) ?? []).length) return null;
	if (/[()]/u.test(text) && (text.match(/\(/gu) ?? []).length !== (text.match(/\)/gu) ?? []).length)
		return null;
	return standsAlone(text) ? text : null;
}

/** True when nothing in `text` points outside it: no pronoun, demonstrative or word for something named before. */
export function standsAlone(text: string): boolean {
	return !OUTSIDE.some((re) => re.test(text)) && !pluralOutside(text);
}

/** Adverbs kept: `a définitivement fermé`, `a annoncé lundi`, `a déjà retiré`. */
const KEPT =
	'(?:\\p{Ll}+ment|déjà|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin)';

/**
 * `a pour sa part dénoncé` → `a dénoncé`, `reconnaît toutefois que` → `reconnaît que`, `a, lui,
 * fait campagne` → `a fait campagne`: discourse adverbs between the verb and the participle, or
 * right after a verb in the present, dropped; other adverbs kept.
 */
function withoutDiscourse(raw: string): string {
	const verb = /^(?:s['’][^\s,]+|[^\s,]+)/u.exec(raw)![0];
	let rest = raw.slice(verb.length);
	const kept: string[] = [];
	const dropped = [
		new RegExp(`^,?\\s${DISCOURSE},?(?=\\s)`, 'u'),
		// `Le parti communiste a, lui, fait campagne…`
		/^,\s(?:lui|elle|eux),(?=\s)/u
	];
	const adverb = new RegExp(`^\\s(${KEPT})(?=\\s)`, 'u');
	for (;;) {
		const d = dropped.map((re) => re.exec(rest)).find((m) => m !== null);
		if (d) {
			rest = rest.slice(d[0].length);
			continue;
		}
		const k = adverb.exec(rest);
		if (!k) break;
		kept.push(k[1]!);
		rest = rest.slice(k[0].length);
	}
	return [verb, ...kept].join(' ') + rest;
}
