import { capitalize } from '../../generate/typography';
import type { EventNode } from './order-graph';
import { perfect } from './passe-compose';

/** `La décision d’AWS de supprimer Parler`, `la décision prise par Twitter de fermer…`. */
const DECISION =
	/^(?:La|la)\sdécision\s(?:prise\spar\s|de\s|d['’])((?:l['’]|la\s|le\s|les\s)?\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*)*)\s(de\s|d['’])([^]+)$/u;

/** `la décision du tribunal`: a decision and who took it, nothing more. */
const BARE_DECISION =
	/^(?:La|la)\sdécision\s(?:(du|des)\s|(de\sla|de\sl['’]|d['’]|de)\s?)([^,]{2,40})$/u;

/**
 * An event as a clause in the passé composé, so items and explanations read alike: `Google et
 * Apple avaient exclu l'appli` → `Google et Apple ont exclu l'appli` (see `perfect`); `La décision
 * d’AWS de supprimer Parler` → `AWS a décidé de supprimer Parler`; `la décision du tribunal` →
 * `Le tribunal a pris sa décision`. Null for a noun phrase with no such reading (`L'assaut du
 * Capitole`).
 */
export function clauseOf(n: Pick<EventNode, 'text' | 'phrase'>): string | null {
	if (!n.phrase) return perfect(n.text);
	const m = DECISION.exec(n.text);
	if (m) return capitalize(`${m[1]} a décidé ${m[2]}${m[3]}`);
	const bare = BARE_DECISION.exec(n.text);
	if (!bare) return null;
	// `du tribunal` → `le tribunal`, `des juges` → `les juges`, `de la cour` → `la cour`, `d’Orange` → `Orange`.
	const article: Record<string, string> = { du: 'le ', des: 'les ', 'de la': 'la ', de: '' };
	const of = (bare[1] ?? bare[2]!).replace(/^de\sl['’]$/u, "l'").replace(/^d['’]$/u, 'de');
	const who = `${article[of] ?? of}${bare[3]}`;
	const plural = bare[1] === 'des';
	return capitalize(`${who} ${plural ? 'ont' : 'a'} pris ${plural ? 'leur' : 'sa'} décision`);
}
