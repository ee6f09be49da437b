import type { AttributedSpeech } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';
import { guillemets } from '../../generate/typography';
import { containsWords } from '../../validate/checks';
import { ofName } from '../name-article';

/** The skill, in one sentence a teenager understands. */
export const WHO_SPEAKS = {
	fr: 'Avant de juger une citation, il faut savoir qui parle : les mots qui rapportent les propos (a déclaré, a ajouté, selon…) et le nom qui les accompagne le disent.',
	en: 'Before judging a quote, find out who is speaking: the words that report it (said, added, according to…) and the name next to them tell you.'
};

/**
 * Why the speaker is the speaker: named at the quote, or found through a pronoun (`a-t-il
 * ajouté` → the person quoted just before), a role (`le patron de Parler` → the person the
 * article names as its founder) or a description.
 */
export function howWeKnow(s: AttributedSpeech, article: CleanArticle): { fr: string; en: string } {
	const said = article.text.slice(s.speaker.start, s.speaker.end);
	// `John Matz` for `John Matze`: the article's spelling, said to be the article's.
	const same =
		containsWords(s.who.name, s.mention.text) || containsWords(s.mention.text, s.who.name);
	const name = same ? s.mention.text : `${s.mention.text} (ainsi écrit dans l’article)`;
	const nameEn = same ? s.mention.text : `${s.mention.text} (as the article spells it)`;
	switch (s.how) {
		case 'pronoun': {
			const incise = inciseOf(s, article);
			return {
				fr: `dans ${guillemets(incise)}, « ${s.speaker.text.toLowerCase()} » renvoie à ${name}, dont l’article rapporte les propos juste avant`,
				en: `in “${incise}”, “${s.speaker.text.toLowerCase()}” refers to ${nameEn}, quoted just before`
			};
		}
		case 'continued': {
			const incise = inciseOf(s, article);
			return {
				fr: `l’incise ${guillemets(incise)} ne nomme personne : elle poursuit les propos ${ofName(name)}, rapportés juste avant`,
				en: `the reporting clause “${incise}” names nobody: it goes on with the words of ${nameEn}, reported just before`
			};
		}
		case 'there': {
			const incise = inciseOf(s, article);
			return {
				fr: `dans ${guillemets(incise)}, « y » et « on » renvoient à ${name}, dont parle la phrase précédente`,
				en: `in “${incise}”, “y” (there) and “on” (one) point to ${nameEn}, that the sentence before is about`
			};
		}
		case 'role':
		case 'description':
			return {
				// Neutral wording: `présenté` would need to agree with a woman's name.
				fr: `${guillemets(said)} désigne ${name}, comme l’article l’indique plus haut`,
				en: `“${said}” refers to ${nameEn}, whom the article introduced earlier`
			};
		case 'spokesperson':
			return {
				fr: `${guillemets(said)} parle au nom de ${name}`,
				en: `“${said}” speaks on behalf of ${nameEn}`
			};
		default:
			if (s.speaker.chez)
				return {
					fr: `dans ${guillemets(`${inciseOf(s, article)} chez ${s.speaker.chez}`)}, le « on » désigne ${name}`,
					en: `in “${inciseOf(s, article)} chez ${s.speaker.chez}”, “on” (one) means ${nameEn}`
				};
			if (s.speaker.verb === 'selon')
				return {
					fr: `l’article introduit ces mots par ${guillemets(`selon ${said}`)}`,
					en: `the article introduces these words with “selon ${said}” (according to)`
				};
			return {
				fr: `l’article désigne l’auteur de ces mots par ${guillemets(said)} (verbe ${guillemets(s.speaker.verb)})`,
				en: `the article credits these words to “${said}” (reporting verb “${s.speaker.verb}”)`
			};
	}
}

/** `a-t-il ajouté`, `résume-t-il`, `Il a assuré`: the words holding the pronoun, as written. */
function inciseOf(s: AttributedSpeech, article: CleanArticle): string {
	// From the closing mark when the incise follows the quote: the quote's own words hold no incise.
	const from =
		s.quote && s.quote.close < s.speaker.start
			? s.quote.close
			: Math.max(s.start, s.speaker.start - 30);
	const around = article.text.slice(from, s.speaker.end + 30);
	const m =
		/(?:(?<![\p{L}])y\s+\p{L}+-t-on|(?:est|était)-il\s+\p{L}+|(?:a|ont|avait|avaient)-t-(?:il|elle)\s+\p{L}+|\p{L}+-t-(?:il|elle|on)|\p{L}+-(?:il|elle)|(?:Il|Elle)\s+(?:a|avait)\s+\p{L}+)/u.exec(
			around
		);
	return m ? m[0] : s.speaker.text;
}
