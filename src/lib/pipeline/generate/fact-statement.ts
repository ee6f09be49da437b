import type { SentenceText } from '../extract/sentences';
import { statesFact } from './sentence-quality';

/** A sentence as a statement to judge: its text, and how many characters of it were cut first. */
export interface FactStatement {
	text: string;
	cut: number;
}

/**
 * `En effet, Parler a rapidement trouvé…`, `Toutefois, …`, `Mais …`: a word that links to the
 * sentence before without changing what this one states. A true/false statement leaves it out.
 */
const LEADING_LINK =
	/^(?:Mais|Et|Pourtant|Cependant|Toutefois|Par ailleurs|En effet|Or|De plus|En outre|Néanmoins|Enfin|En tout cas|Ensuite)(?:\s*,\s*|\s+)(?=\p{L})/u;

/**
 * The statement a true/false question may give of a sentence: the sentence itself when it states a
 * fact on its own (`statesFact`), or, after its opening link is cut, the rest with a capital
 * (`En effet, Parler a rapidement trouvé le soutien…` → `Parler a rapidement trouvé le soutien…`).
 * Null when neither states a fact.
 */
export function factStatement(s: SentenceText): FactStatement | null {
	if (statesFact(s)) return { text: s.text, cut: 0 };
	const link = LEADING_LINK.exec(s.text);
	if (!link) return null;
	const rest = s.text.slice(link[0].length);
	const text = rest[0]!.toLocaleUpperCase('fr') + rest.slice(1);
	return statesFact({ ...s, text }) ? { text, cut: link[0].length } : null;
}

/**
 * `se sont en effet rués`, `est même l'un des quatre`, `, toutefois,`: words that weigh a sentence
 * against the one before. A statement judged on its own reads better without them.
 */
const INNER_LINK =
	/,\s(?:en effet|toutefois|cependant|pourtant|néanmoins|d['’]ailleurs|donc|par ailleurs),(?=\s)|\s(?:en effet|toutefois|cependant|pourtant|néanmoins|d['’]ailleurs|donc)(?=\s)|(?<=\s(?:est|sont|était|étaient|a|ont|avait|avaient))\smême(?=\s)/gu;

/** A statement without the linking words it carried in the article (`se sont en effet rués` → `se sont rués`). */
export function withoutLinks(statement: string): string {
	return statement.replace(INNER_LINK, '');
}
