/**
 * Kinds of action news reports date, each with the French words that name it, so two articles
 * telling one decision in other words can be aligned: `Apple a suivi son exemple samedi` and
 * `Le lendemain, Apple imita Twitter` both say Apple followed. Ordered; a sentence may fall in
 * several (`a décidé de retirer` is a decision and a removal).
 */
export const ACTION_CLASSES: [string, RegExp][] = [
	// `a décidé de suspendre le compte`, `pour justifier sa décision vendredi`
	['decide', /(?<!\p{L})(?:décid|décision)/iu],
	// `a retiré l'application`, `ont banni`, `a exclu`, `a interdit`
	['remove', /(?<!\p{L})(?:retir|supprim|bann|exclu|interdi|désinstall|déréférenc)/iu],
	// `a suspendu le compte`, `a fermé`, `a bloqué`, `a coupé`, `a révoqué`
	['suspend', /(?<!\p{L})(?:suspend|ferm[éeèa]|bloqu|coup[éea]|révoqu|désactiv)/iu],
	// `a suivi son exemple`, `imita Twitter`, `a emboîté le pas`
	['follow', /(?<!\p{L})(?:imit|suivi son exemple|suivre son exemple|emboît)/iu],
	// `a arrêté`, `a été interpellé`, `a été mis en examen`
	['arrest', /(?<!\p{L})(?:arrêt[ée]|interpell|mis en examen|mise en examen|inculp|écroué)/iu],
	// `a voté`, `a adopté`
	['vote', /(?<!\p{L})(?:vot[éeè]|adopt)/iu],
	// `est décédé`, `est mort`
	['die', /(?<!\p{L})(?:décéd|est mort|sont morts|tué)/iu]
];

/** The kinds of action a sentence names, in `ACTION_CLASSES` order. */
export function actionClasses(text: string): string[] {
	return ACTION_CLASSES.filter(([, re]) => re.test(text)).map(([name]) => name);
}
