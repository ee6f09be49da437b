import { rememberText } from '../remember-text';

/**
 * Words that open a sentence by pointing back at an earlier one: a subject pronoun (`Il était
 * radicalisé…`), a demonstrative (`Ce qui n'a pas empêché…`, `Cette décision…`), a possessive
 * (`Son entreprise…`), a linking word (`Mais`, `Pourtant`, `De son côté`), or an inverted incise
 * (`a-t-il insisté`). Shown alone, such a sentence refers to nothing the learner can see.
 */
const POINTS_BACK =
	/^(?:il(?!\s+(?:y\s+a|faut|fallait|s['’]agit|semble|suffit|est\s+\p{L}+\s+(?:que|qu['’]|de|d['’])))|elle|ils|elles|on|lui|eux|leur|leurs|y|en\s+(?=\p{Ll})|ce|cet|cette|ces|ceci|cela|ça|c['’]|celui|celle|ceux|celles|son|sa|ses|dont|lequel|laquelle|lesquels|lesquelles|mais|et|or|donc|car|puis|en attendant|entre-temps|ensuite|enfin|pourtant|cependant|toutefois|néanmoins|ainsi|aussi|alors|sinon|certes|d['’]ailleurs|de plus|en outre|par ailleurs|en revanche|au contraire|du coup|par conséquent|quant à|de son côté|de leur côté|pour sa part|pour leur part|selon (?:lui|elle|eux|elles)|d['’]après (?:lui|elle|eux|elles)|(?:a|ont|avait|avaient)-t-(?:il|elle|on)|\p{L}+-t-(?:il|elle|on)|\p{L}+-(?:il|elle|ils|elles))(?![\p{L}-])/iu;

/**
 * Words that lean on another sentence wherever they stand: `cela` (`Selon M. Mena, cela va se
 * traduire par…`), `également`, `aussi` (not the
 * comparative `aussi grand que`), `d'autres`, `lui aussi`, `à son tour`, `de nouveau`.
 * `Amazon a également coupé…` promises a first cut the learner does not see.
 */
const DANGLING =
	/(?<![\p{L}])(?:cela|ceci|en effet|d['’]ailleurs|pour (?:sa|leur) part|de (?:son|leur) côté|également|aussi(?!\s+\p{L}+\s+que)|d['’]autres|à (?:son|leur) tour|de nouveau|à nouveau|le même|la même|les mêmes)(?![\p{L}])/iu;

/**
 * A demonstrative before a noun refers to something said before (`ont servi dans cette
 * intervention`), except before a time (`cette semaine`, `ce mois-ci`), which points at the
 * article's own date.
 */
const DEMONSTRATIVE =
	/(?<![\p{L}])(?:ce|cet|cette|ces)\s+(?!(?:semaine|année|mois|jour|jours|matin|soir|week-end|printemps|été|automne|hiver|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|siècle)(?![\p{L}]))\p{L}/iu;

/**
 * Whether a sentence of an article can be shown on its own: it opens with a capital and does not
 * point back at another sentence. `Parler a été fondée en 2018…` stands alone; `Il était
 * radicalisé…`, `Ce qui n'a pas empêché…`, `ont travaillé ensemble…`, `a-t-il insisté`,
 * `Amazon a également…` do not. Words inside quotation marks are not checked for references.
 */
export const standsAlone = rememberText(function standsAlone(text: string): boolean {
	// What a quotation refers to is the speaker's matter: `« ce type de contenus »` stays.
	const quoted = /["«»“”]/u.test(text);
	const own = quoted ? text.replace(/«[^»]*»|"[^"]*"|“[^”]*”/gu, ' ') : text;
	if (DANGLING.test(own) || DEMONSTRATIVE.test(own)) return false;
	// `« Le virus n'est pas parti », a-t-il insisté`: who `il` is, the sentence does not say
	// (the impersonal `est-il ajouté dans la lettre` names nobody and points at nobody).
	if (
		quoted &&
		/["»”]\s*,?\s*(?:(?:a|ont|avait|avaient)-t-(?:il|elle|ils|elles)|\p{L}+-t-(?:il|elle)|(?!est-il\s)\p{L}+-(?:il|elle|ils|elles))(?![\p{L}])/u.test(
			text
		)
	)
		return false;
	const t = text.replace(/^[\s"«»“”'(–—-]+/u, '');
	if (!/^[\p{Lu}\d]/u.test(t)) return false;
	// A sentence opening on a quotation: its first words are the speaker's, not the article's.
	return /^\s*["«“]/u.test(text) || !POINTS_BACK.test(t);
});
