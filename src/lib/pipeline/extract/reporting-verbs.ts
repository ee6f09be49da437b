/**
 * Verbs French news uses to report what someone said: `a déclaré`, `affirme`, `a-t-il ajouté`,
 * `s'est indigné`, `a tweeté`. Regular `-er` verbs are listed by infinitive and conjugated here;
 * the others give their forms.
 */
const ER_VERBS = [
	'déclarer',
	'affirmer',
	'ajouter',
	'déplorer',
	'souligner',
	'préciser',
	'expliquer',
	'estimer',
	'assurer',
	'indiquer',
	'annoncer',
	'confirmer',
	'regretter',
	'dénoncer',
	'résumer',
	'insister',
	'raconter',
	'confier',
	'rappeler',
	'marteler',
	'accuser',
	'proclamer',
	'constater',
	'relever',
	'plaider',
	'commenter',
	'critiquer',
	'ironiser',
	'témoigner',
	'détailler',
	'révéler',
	'noter',
	'observer',
	'tweeter',
	'demander',
	'répliquer',
	'rétorquer',
	'protester',
	'indigner',
	'inquiéter',
	'désoler',
	'féliciter',
	'alarmer',
	'exclamer',
	'avancer',
	'lancer',
	'juger',
	'fustiger',
	'saluer',
	'réclamer',
	'signaler',
	'mentionner'
];

/** Forms of verbs that are not regular `-er` verbs: present (3rd person) and past participle. */
const OTHER_FORMS = [
	'dit',
	'disent',
	'écrit',
	'écrivent',
	'conclut',
	'conclu',
	'poursuit',
	'poursuivi',
	'répond',
	'répondu',
	'reconnaît',
	'reconnait',
	'reconnu',
	'admet',
	'admis',
	'prévient',
	'prévenu',
	'promet',
	'promis',
	'soutient',
	'soutenu',
	'avertit',
	'averti',
	'réagit',
	'réagi',
	'interroge',
	'lance',
	'lancé',
	'lâche',
	'lâché',
	'glisse',
	'glissé'
];

function conjugate(infinitive: string): string[] {
	const stem = infinitive.slice(0, -2);
	// `lancer` → `lance`, `lancent`, `lancé`; `rappeler` → also `rappelle`.
	const present = stem.endsWith('el') ? [`${stem}le`, `${stem}lent`] : [];
	return [
		infinitive,
		`${stem}e`,
		`${stem}ent`,
		`${stem}é`,
		`${stem}ée`,
		`${stem}és`,
		`${stem}ées`,
		...present
	];
}

/** Every form a reporting verb takes in an attribution, lower case. */
export const REPORTING_FORMS: ReadonlySet<string> = new Set([
	...ER_VERBS.flatMap(conjugate),
	...OTHER_FORMS
]);

/** Infinitives of reporting verbs, for `ont commencé à déclarer qu'ils passeraient…`. */
export const REPORTING_INFINITIVES: ReadonlySet<string> = new Set([
	...ER_VERBS,
	'dire',
	'écrire',
	'répondre',
	'reconnaître',
	'admettre',
	'promettre'
]);

/** True when `word` is a form of a reporting verb (`déclaré`, `souligne`, `dit`). */
export function isReportingVerb(word: string): boolean {
	return REPORTING_FORMS.has(word.toLowerCase());
}
