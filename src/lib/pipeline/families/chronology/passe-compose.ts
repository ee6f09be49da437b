/**
 * `avaient exclu` → `ont exclu`, `Apple imita Twitter` → `Apple a imité Twitter`, `prenait
 * d'assaut` → `a pris d'assaut`: as items and after `puis`, events read in
 * the passé composé, so no tense hints at an order. A simple past is read only right after a
 * name, in -a (the -er verbs), so a noun is never taken for a verb.
 */
export function perfect(t: string): string {
	const simplePast = /^(\p{Lu}[\p{L}-]*(?:\s(?:et\s)?\p{Lu}[\p{L}-]*)*)\s(\p{Ll}{2,})a(?=\s)/u.exec(
		t
	);
	if (simplePast) t = `${simplePast[1]} a ${simplePast[2]}é${t.slice(simplePast[0].length)}`;
	t = imperfectToPerfect(t);
	const aux: Record<string, string> = { avait: 'a', avaient: 'ont', était: 'est', étaient: 'sont' };
	return t.replace(
		/(?<!\p{L})(avait|avaient|était|étaient)(?=\s(?:été\s)?\p{Ll}+(?:é|ée|és|ées|i|is|u|us|t)(?<!ment|tout|aussi|ainsi|ici|parmi|tôt)(?!\p{L}))/u,
		(w) => aux[w]!
	);
}

/** Imperfect stems whose participle is not stem + `é`: `prenait` → `pris`. */
const IRREGULAR_IMPERFECT: Record<string, string> = {
	pren: 'pris',
	fais: 'fait',
	mett: 'mis',
	dis: 'dit',
	écriv: 'écrit',
	ten: 'tenu',
	obten: 'obtenu',
	perd: 'perdu',
	rend: 'rendu',
	attend: 'attendu',
	répond: 'répondu'
};

/** Stems of imperfects of verbs neither regular in -er nor in the list: left as they are. */
const OTHER_IMPERFECT =
	/(?:iss|y|sav|pouv|voul|dev|ven|all|conduis|connaiss|paraiss|viv|bu|li|cour|ouvr|offr|sort|part|dorm|serv|sent|ét|av)$/u;

/**
 * `Une horde de manifestants prenait d'assaut le Capitole` → `a pris d'assaut`: after `puis`, an
 * action in the imperfect reads as a background; the passé composé tells it happened. Only the
 * first verb after the subject, for the regular -er verbs and a few common irregular ones;
 * `était` and `avait` (states, or a pluperfect's auxiliary) stay.
 */
function imperfectToPerfect(t: string): string {
	const m = /^([^,]{3,80}?\s)(\p{Ll}{2,})(ait|aient)(?=\s)/u.exec(t);
	if (!m || /(?:^|\s)(?:qui|que|qu['’])\s/u.test(m[1]!)) return t;
	const stem = m[2]!.replace(/ç$/u, 'c').replace(/ge$/u, 'g');
	// `envahissait` → `envahi`, `choisissait` → `choisi` (not `connaissait`, `paraissait`).
	const second = /[^ao]iss$/u.test(stem) ? stem.slice(0, -2) : null;
	const participle =
		IRREGULAR_IMPERFECT[stem] ?? second ?? (OTHER_IMPERFECT.test(stem) ? null : `${stem}é`);
	if (!participle) return t;
	return `${m[1]}${m[3] === 'ait' ? 'a' : 'ont'} ${participle}${t.slice(m[0].length)}`;
}
