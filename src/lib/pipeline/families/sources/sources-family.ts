import { frenchTypography } from '../../generate/typography';
import type { Family } from '../family';
import { runFamily } from '../run-family';
import { askHasSource } from './ask-has-source';
import { askWhichSource } from './ask-which-source';
import { sourcedSentences } from './source-facts';

/**
 * « D’où vient l’information ? »: per story group, which source an article gives for a claim,
 * and whether a sentence gives a source at all. Wrong sources come from the story and share the
 * right one's role: its other outlets and the outlets its articles credit (`Via BBC`) for an
 * outlet, its other named sources for a person or an organisation.
 */
export const sourcesFamily: Family = (input) =>
	runFamily(
		'D’où vient l’information ? (sources)',
		input,
		(group) => {
			const sentences = sourcedSentences(group);
			const credited = group
				.flatMap((a) => [a.meta.outlet, a.meta.via])
				.filter((n): n is string => !!n);
			return [...askWhichSource(sentences, credited), ...askHasSource(sentences)];
		},
		(about) => ({
			kind: 'sources',
			title: {
				fr: frenchTypography(`D’où vient l’information ? ${about.fr}`),
				en: `Where does the information come from? ${about.en}`
			},
			description: {
				fr: frenchTypography(
					`Repérer les sources que ${about.articles > 1 ? `${about.articles} articles sur la même affaire citent` : 'l’article cite'} : selon qui, publié par qui, dit à quel média, et ce qu’un article affirme sans source.`
				),
				en: `Spot the sources ${about.articles > 1 ? `${about.articles} articles on the same story cite` : 'the article cites'}: according to whom, published by whom, told to which outlet, and what an article states without a source.`
			},
			skill: 'identify-sources'
		})
	);
