import { actionClasses } from '../../align/action-classes';

/** An event of a question with its actors (see `actorsOf`). */
export interface ActorEvent {
	text: string;
	actors: string[];
}

/** Words that tell no action apart: auxiliaries, grammar and time words of five letters or more. */
const COMMON =
	/^(?:était|étaient|avait|avaient|avoir|être|leurs|leur|dans|pour|avec|comme|aussi|plus|après|avant|depuis|toutes?|tous|autres?|entre|contre|selon|encore|ainsi|plusieurs|nombreux|nombreuses|certains?|certaines?|social|sociale|sociaux|sociales|public|publique|publics|publiques|national|nationale|nationaux|début|débuts|semaine|semaines|années?|heures|moment|lendemain|veille|dernier|dernière|derniers|dernières|premier|première|premiers|premières)$/u;

/** The stems of a text's words: five first letters of its longer common words (`retir`, `compt`). */
export function stems(text: string): Set<string> {
	const words = text.match(/(?<![\p{L}])\p{Ll}[\p{L}-]{4,}/gu) ?? [];
	return new Set(words.filter((w) => !COMMON.test(w)).map((w) => w.slice(0, 5)));
}

/**
 * Whether two events, from one article or two, are one: an actor in common and the same kind of
 * action (`Apple et Google ont fait le choix de bannir…` / `Google et Apple ont retiré Parler…`,
 * see `actionClasses`) or a word of the same stem (`La décision de Twitter de suspendre
 * définitivement le compte…` / `La décision prise par Twitter de fermer définitivement le
 * compte…`). `Parler a été lancé` and `Parler était en tête de l'App Store` are two.
 */
export function sameEvent(a: ActorEvent, b: ActorEvent): boolean {
	if (!a.actors.some((n) => b.actors.includes(n))) return false;
	const kinds = actionClasses(a.text);
	if (actionClasses(b.text).some((k) => kinds.includes(k))) return true;
	const mine = stems(a.text);
	return [...stems(b.text)].some((w) => mine.has(w));
}

/** An order a question asks: `a` before `b`. `loose` for a true-or-false pair (see `samePair`). */
export interface AskedPair {
	a: ActorEvent;
	b: ActorEvent;
	loose: boolean;
}

/**
 * Whether two questions ask one order, whichever articles word it: the same two events (`La
 * décision de Twitter de suspendre…` / `La décision prise par Twitter de fermer…`). Between two
 * true-or-false pairs it is enough that one side is one event and the other sides share an actor:
 * `Parler a attiré une attention accrue` / `des fans se sont rués sur Parler`, both after
 * Twitter's decision, and `Amazon Web Services (AWS) a rendu impossible l'accès` / `la décision
 * d'AWS de supprimer Parler`, both after Google and Apple's, ask one thing twice.
 */
export function samePair(p: AskedPair, q: AskedPair): boolean {
	const meets = (x: ActorEvent, y: ActorEvent) => x.actors.some((n) => y.actors.includes(n));
	const close = p.loose && q.loose;
	const match = (x0: ActorEvent, x1: ActorEvent, y0: ActorEvent, y1: ActorEvent) =>
		(sameEvent(x0, y0) && sameEvent(x1, y1)) ||
		(close && ((sameEvent(x0, y0) && meets(x1, y1)) || (meets(x0, y0) && sameEvent(x1, y1))));
	return match(p.a, p.b, q.a, q.b) || match(p.a, p.b, q.b, q.a);
}
