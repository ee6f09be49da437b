import { nameKey } from '../refine/group-entities';
import { baseFields, difficultyOf, evidenceOf, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { frenchTypography, guillemets } from './typography';

/**
 * Who holds a role: `Le fondateur de Parler, John Matz, a confirmé…` → `D’après l’article, qui est
 * le fondateur de Parler ?`, typed. Every spelling of the person's name is accepted, and the
 * explanation says when the sources spell it differently.
 */
export function askRoles({ article, sentences, mine, facts }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	for (const r of mine.roles) {
		const person = facts.entityOf.get(nameKey(r.person));
		const sentence = sentences[r.sentence]!;
		// `le président sortant` (of what?) or `le chef des` (cut short) say too little to ask.
		if (
			!person ||
			!/\s(?:de|du|des|d['’])\s?\S/u.test(r.role) ||
			/\s(?:de|du|des|d['’])$/u.test(r.role)
		)
			continue;
		// Every spelling of the name, and the last name alone: `John Matze`, `John Matz`, `Matze`.
		const lastNames = person.aliases.map((a) => a.split(/\s+/u).at(-1)!);
		const accept = [...new Set([r.person, ...person.aliases, ...lastNames])];
		const others = person.aliases.filter((a) => a.includes(' ') && a !== r.person);
		const spelling = others.length
			? {
					fr: ` Attention : le même nom est écrit autrement ailleurs dans le corpus (${others.map((o) => guillemets(o)).join(', ')}).`,
					en: ` Note: the same name is spelled differently elsewhere in the corpus (${others.map((o) => `“${o}”`).join(', ')}).`
				}
			: { fr: '', en: '' };
		out.push({
			score: 9,
			passage: `${article.id}#${r.sentence}`,
			asks: `role:${nameKey(r.role)}:${person.id}`,
			supports: [r.person],
			contradicts: [],
			question: {
				...baseFields(
					'short',
					[evidenceOf(article, sentence.start, sentence.end)],
					r.person,
					frenchTypography(`D’après l’article, qui est ${r.role} ?`),
					{
						fr: frenchTypography(`C’est ${r.person} : ${guillemets(sentence.text)}${spelling.fr}`),
						en: `${r.person}: “${sentence.text}”${spelling.en}`
					},
					'identify-roles',
					difficultyOf(2, sentence.text)
				),
				type: 'short',
				accept
			}
		});
	}
	return out;
}
