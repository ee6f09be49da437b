import type { EventNode } from './order-graph';
import { perfect } from './passe-compose';

/**
 * A founding or a birth: `Parler a été lancé`, `Le club a été fondé`, `Claude Martin est né`. What
 * is founded exists before anything happens to it, so its place is guessed without reading.
 */
const FOUNDING =
	/(?<!\p{L})(?:a|ont)\sété\s(?:lancée?s?|fondée?s?|créée?s?|inaugurée?s?|ouvertes?|mise?s?\sen\sligne)(?!\p{L})|(?<!\p{L})(?:est|sont)\snée?s?(?!\p{L})/u;

/** A compound past before the first comma: `Google a retiré`, `se sont rués`, `a été suspendu` (not `est surtout`). */
const PASSE_COMPOSE =
	/^[^,]*?(?<!\p{L})(?:a|ont|est|sont)\s(?:été\s)?(?:\p{Ll}+ment\s)?\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)(?<!tout|aussi|ainsi|ici|parmi|tôt)(?!\p{L})/u;

/**
 * Whether an event can be an item or a side of a statement: a noun phrase (`la décision d'AWS`),
 * or a clause that reads in the passé composé (`Google et Apple avaient exclu` → `ont exclu`,
 * see `perfect`) and is no founding. A state (`Parler était en tête de l'App Store`) or a plan
 * (`Amazon prévoit de couper les ponts`) is no event, and mixing tenses would hint at the order.
 */
export function usableEvent(n: Pick<EventNode, 'text' | 'phrase'>): boolean {
	if (n.phrase) return true;
	const t = perfect(n.text);
	return !FOUNDING.test(t) && PASSE_COMPOSE.test(t);
}
