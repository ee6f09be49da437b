import { actionClasses } from '../../align/action-classes';
import { actorsOf } from './actors';
import type { EventNode } from './order-graph';
import type { OrderRelation } from './order-relations';

/**
 * What sets a story off: an attack, a riot, a disaster, a death (`une horde de manifestants a
 * pris d'assaut le Capitole`, `des pluies torrentielles ont inondé le centre`). What follows in a
 * report is mostly its consequence (measures, bans, arrests), so its order against anything else
 * is guessed without reading.
 */
const TRIGGER =
	/(?<!\p{L})(?:assauts?|attaques?|attaqué|attentats?|émeutes?|émeutiers|irruption|envahi\p{Ll}*|fusillades?|explosions?|explosé|incendies?|séismes?|inondations?|inondée?s?|tempêtes?|ouragans?|accidents?|crash|violences|incidents?|drames?|catastrophes?|massacres?|tueries?|tuée?s?|morte?s?|décès|décédée?s?|manifestants|manifestations?|pluies torrentielles)(?!\p{L})/iu;

/** Whether an event sets a story off (see `TRIGGER`): `des émeutiers ont fait irruption au Capitole`. */
export function isTrigger(e: Pick<EventNode, 'text'>): boolean {
	return TRIGGER.test(e.text);
}

/**
 * Two actors doing the same kind of thing (`Google et Apple ont retiré Parler` / `la décision
 * d'AWS de supprimer Parler`): neither is the other's cause, whatever the words between them.
 */
function parallel(a: EventNode, b: EventNode): boolean {
	const [x, y] = [actorsOf(a), actorsOf(b)];
	if (x.length === 0 || y.length === 0 || x.some((n) => y.includes(n))) return false;
	const kinds = actionClasses(a.text);
	return actionClasses(b.text).some((k) => kinds.includes(k));
}

/**
 * Whether logic gives the order of two events, so a question on it can be answered without
 * reading: words of cause (`AWS a révoqué ses services après avoir trouvé des publications
 * violentes`, `Suite à cet incident, les géants ont pris des mesures`) between events that are
 * not two actors doing the same thing; or a riot, an attack, a disaster against anything that is
 * not one (`l'assaut du Capitole` / `Apple a banni l'application`: a response comes after what
 * it responds to).
 */
export function logicGives(a: EventNode, b: EventNode, relation?: OrderRelation): boolean {
	if (relation?.kind === 'cause' && !parallel(a, b)) return true;
	return isTrigger(a) !== isTrigger(b);
}
