import { SENTENCE_OPENERS } from './french-words';

/**
 * A word glued to the end of another when a scraper dropped the break between a caption and the
 * text: `président sortant TrumpLe` + `choix de Parler…`, `sur le webSelon` + `Parler - qui…`.
 * Only sentence openers count, so brand names (`BuzzFeed`, `TikTok`, `YouTube`) never match.
 */
export const GLUED_OPENER = new RegExp(
	`(?<=\\p{Ll})(?:${SENTENCE_OPENERS.join('|')}|[LD](?=['’]))(?=[\\s'’]|$)`,
	'u'
);

/** True when the line ends with a glued opener, so the sentence it opens goes on below. */
export function endsWithGluedOpener(line: string): boolean {
	const last = line.slice(line.lastIndexOf(' ') + 1);
	const m = GLUED_OPENER.exec(last);
	return m !== null && m.index + m[0].length === last.length;
}
