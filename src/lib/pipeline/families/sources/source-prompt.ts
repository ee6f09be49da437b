import type { SourceFact } from '../../extract/extract-sources';

/** A source question's prompt and the explanation of its marker, in French and English. */
export interface SourcePrompt {
	question: string;
	why: { fr: string; en: string };
}

/** `publiée` → `a publié`: what the outlet did, from the participle of the marker. */
const DID: [RegExp, string, string][] = [
	[/^publi/u, 'a publié', 'published'],
	[/^révél/u, 'a révélé', 'revealed'],
	[/^diffus/u, 'a diffusé', 'broadcast'],
	[/^cit/u, 'cite', 'quotes'],
	[/^rapport/u, 'rapporte', 'reports'],
	[/^relay/u, 'relaie', 'relays']
];

/**
 * Documents a sentence may name just before `publiée par …`, with the article the question uses:
 * `est-il ajouté dans la missive, publiée dans un premier temps par BuzzFeed` → `la missive`.
 */
const DOCUMENTS: [RegExp, string][] = [
	[/^(?:lettre|missive|note|enquête|étude|vidéo|déclaration|tribune|interview|plainte)$/u, 'la'],
	[
		/^(?:courriel|e-mail|email|mail|communiqué|rapport|message|document|tweet|texte|article|courrier|mémo)$/u,
		'le'
	]
];

/**
 * The document a `published-by` sentence names just before its marker (`dans la missive, publiée
 * par …` → `la missive`), or null: the last noun of `before` only, so `le texte` stays the default.
 */
function documentNamed(before: string): string | null {
	const last = /(\p{L}+(?:-\p{L}+)?)\s*,?\s*$/u.exec(before)?.[1]?.toLowerCase();
	if (!last) return null;
	const found = DOCUMENTS.find(([re]) => re.test(last));
	return found ? `${found[1]} ${last}` : null;
}

/**
 * The question a source's role asks, never `quelle est la source` for an outlet that only carried
 * someone's words: `…, publiée dans un premier temps par BuzzFeed` → `quel média a d’abord publié
 * ce qui est rapporté ici ?`; `une interview accordée à Fox News` → `à quel média l’interview
 * a-t-elle été accordée ?`; `a expliqué à l'AFP` → `à quel média ces propos ont-ils été tenus ?`;
 * `Selon Google, …` → `selon qui ?`. `before`, the sentence's words before the marker, may name
 * the document published (`la lettre`, `le communiqué`).
 */
export function sourcePrompt(f: SourceFact, before = ''): SourcePrompt {
	switch (f.source) {
		case 'published-by': {
			const participle = /^\p{L}+/u.exec(f.marker)?.[0] ?? '';
			const [, fr, en] = DID.find(([re]) => re.test(participle)) ?? DID[0]!;
			const first = /premier temps|d['’]abord|initialement/u.test(f.marker);
			const object = /^(?:cit|rapport|relay)/u.test(participle)
				? 'ces propos'
				: (documentNamed(before) ?? 'le texte dont parle cette phrase');
			return {
				question: `quel média ${first ? fr.replace(/^a /u, 'a d’abord ') : fr} ${object} ?`,
				why: {
					fr: `nomme le média qui ${first ? fr.replace(/^a /u, 'a d’abord ') : fr} ${object}. Un média qui publie ou cite n’est pas l’auteur des propos : il les transmet.`,
					en: `names the outlet that ${first ? `first ${en}` : en} it. An outlet that publishes or quotes is not the author of the words: it passes them on.`
				}
			};
		}
		case 'interview':
			return {
				question: /entretien/u.test(f.marker)
					? 'à quel média l’entretien a-t-il été accordé ?'
					: 'à quel média l’interview a-t-elle été accordée ?',
				why: {
					fr: 'nomme le média qui a recueilli ces propos ; la source, c’est la personne interrogée.',
					en: 'names the outlet that took down these words; the source is the person interviewed.'
				}
			};
		case 'told-to':
			return {
				question: 'à quel média ces propos ont-ils été tenus ?',
				why: {
					fr: 'nomme le média à qui ces propos ont été confiés ; la source, c’est la personne qui parle.',
					en: 'names the outlet these words were told to; the source is the person speaking.'
				}
			};
		case 'witnessed-by':
			return {
				question: 'quel média a recueilli ou constaté ces informations ?',
				why: {
					fr: 'nomme le média qui a vu ou recueilli ces informations sur place.',
					en: 'names the outlet that saw or gathered this on the spot.'
				}
			};
		default:
			return {
				question: 'de qui vient cette information ?',
				why: {
					fr: 'nomme la source de l’information, introduite par « selon ».',
					en: 'names the source of the information, introduced by “selon” (according to).'
				}
			};
	}
}
