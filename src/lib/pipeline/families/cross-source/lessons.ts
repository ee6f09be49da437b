import type { Localized } from '../../../questions/schema';
import { frenchTypography } from '../../generate/typography';

/** The skill each cross-source question names, in one sentence a teenager understands. */
export const LESSONS = {
	corroborate: {
		fr: 'Une information rapportée par plusieurs médias indépendants est plus solide qu’une information isolée.',
		en: 'A fact reported by several independent media is more solid than an isolated one.'
	},
	contradict: {
		fr: 'Quand deux médias se contredisent, on ne choisit pas au hasard : on cherche une autre source ou le document d’origine.',
		en: 'When two media contradict each other, do not pick one at random: look for another source or the original document.'
	},
	spelling: {
		fr: 'Un nom écrit de deux façons signale souvent une coquille : on vérifie l’orthographe dans plusieurs sources.',
		en: 'A name spelled two ways is often a typo: check the spelling in several sources.'
	},
	isolated: {
		fr: 'Une information que donne un seul média reste à vérifier avant d’être répétée, surtout quand on ne sait pas qui l’avance.',
		en: 'A fact given by one outlet only needs checking before you repeat it, above all when nobody says where it comes from.'
	},
	wording: {
		fr: 'Un même nombre ne confirme une information que s’il compte la même chose : on compare le nombre, mais aussi ce qu’il compte et d’où il vient.',
		en: 'The same number confirms a fact only if it counts the same thing: compare the number, but also what it counts and where it comes from.'
	}
} satisfies Record<string, Localized>;

/** An explanation: why the answer is right, then the skill, with French typography. */
export function explain(why: Localized, lesson: Localized): Localized {
	return { fr: frenchTypography(`${why.fr} ${lesson.fr}`), en: `${why.en} ${lesson.en}` };
}
