import { frenchTypography } from '../../generate/typography';
import type { Family } from '../family';
import { runFamily } from '../run-family';
import { askFactOpinion } from './ask-fact-opinion';

/**
 * « Fait ou opinion ? »: per story group, sentences to classify as reported fact, reported
 * words, the author's opinion, or hypothesis and forecast, from their explicit markers.
 */
export const factOpinionFamily: Family = (input) =>
	runFamily('Fait ou opinion ? (fact-opinion)', input, askFactOpinion, (about) => ({
		kind: 'fact-opinion',
		title: {
			fr: frenchTypography(`Fait ou opinion ? ${about.fr}`),
			en: `Fact or opinion? ${about.en}`
		},
		description: {
			fr: frenchTypography(
				`Trier les phrases ${about.articles > 1 ? `de ${about.articles} articles sur la même affaire` : 'd’un article'} : fait rapporté, propos rapportés, opinion de l’auteur, hypothèse ou prédiction, d’après les mots qui le montrent.`
			),
			en: `Sort the sentences of ${about.articles > 1 ? `${about.articles} articles on the same story` : 'one article'}: reported fact, reported words, the author’s opinion, hypothesis or forecast, from the words that show it.`
		},
		skill: 'fact-or-opinion'
	}));
