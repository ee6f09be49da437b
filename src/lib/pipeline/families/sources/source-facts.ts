import { extractSources, type SourceFact } from '../../extract/extract-sources';
import { sentencesOf, type SentenceText } from '../../extract/sentences';
import type { CleanArticle } from '../../types';

/** The sentences of a story group's articles with the sources each gives. */
export interface SourcedSentence {
	article: CleanArticle;
	sentence: SentenceText;
	sources: SourceFact[];
}

/** Every sentence of the group with its sources (none for most). */
export function sourcedSentences(group: CleanArticle[]): SourcedSentence[] {
	return group.flatMap((article) =>
		sentencesOf(article).map((sentence) => ({
			article,
			sentence,
			sources: extractSources(sentence)
		}))
	);
}

/** Kinds of source that are a medium (an outlet, an agency, a network), not the actor quoted. */
export const MEDIUM_KINDS = new Set([
	'published-by',
	'interview',
	'told-to',
	'witnessed-by',
	'social-media'
]);

/** A source named by a proper name (`Fox News`, `l'AFP`, `Google`), not a description (`des experts`, `lui`). */
export function properName(name: string | null): name is string {
	return (
		name !== null &&
		/^(?:l['’]|le\s|la\s|les\s|M\.\s|Mme\s)?\p{Lu}/u.test(name) &&
		// `selon le CEO, John Matze`: a role in capitals is no name.
		!/^(?:l['’]|le\s|la\s|les\s)?(?:CEO|PDG|DG|Premier|Président|Présidente)(?![\p{L}])/u.test(name)
	);
}

/** The skill, in one sentence a teenager understands. */
export const WHERE_FROM = {
	fr: 'Savoir d’où vient une information aide à juger si l’on peut s’y fier : une source nommée peut se vérifier, une affirmation sans source demande à être recoupée.',
	en: 'Knowing where a piece of information comes from helps you judge whether to trust it: a named source can be checked, a claim without a source needs cross-checking.'
};

/**
 * Whether a sentence's quotation marks are whole: no `+consultants+` agency markup, no
 * guillemets the wrong way round (`les GAFAM » ont travaillé… « .`, from a badly converted page),
 * no quotation run over from the sentence before (`…à partir de zéro', affirme…`), no lone `"`.
 */
export function wellQuoted(text: string): boolean {
	return (
		!/\+\p{L}|\p{L}\+/u.test(text) &&
		!/^[^«]*»|«[^»]*«/u.test(text) &&
		!(/\p{L}['’][,.]/u.test(text) && !/(?:^|\s)'\p{L}/u.test(text)) &&
		(text.match(/"/gu) ?? []).length % 2 === 0
	);
}
