import { NATIONALITY } from './ask-places';
import { containsWords } from '../validate/checks';
import { nameKey } from '../refine/group-entities';
import { baseFields, difficultyOf, evidenceOf, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { frenchTypography, guillemets } from './typography';
import { excerptAround } from './excerpt';
import { sentencePassage } from './point-to';

/** `ministre`, `secrétaire d'État`, `porte-parole du gouvernement`: an office of a government. */
const GOVERNMENT =
	/(?<![\p{L}])(?:ministre|secrétaire d['’](?:É|E)tat|porte-parole du gouvernement|chef du gouvernement)(?![\p{L}])/iu;

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
		// `le ministre de la Défense` in an article on the United States: a French class reads the
		// French minister. An office of government says whose, or is not asked.
		if (GOVERNMENT.test(r.role) && !NATIONALITY.test(r.role)) continue;
		// Every spelling of the name, and the surname alone, whole (`Toh Bi`, never `Bi`):
		// `John Matze`, `John Matz`, `Matze`, `Matz`.
		const surnames = person.aliases
			.filter((a) => a.includes(' '))
			.map((a) => a.split(/\s+/u).slice(1).join(' '));
		const accept = [...new Set([r.person, ...person.aliases, ...surnames])];
		// When this article misspells the name, the explanation gives the usual spelling too.
		const variant = person.variants.includes(r.person) && person.name !== r.person;
		// The article may write the usual spelling itself further on: say so, not "other sources"
		// the student has not read.
		const alsoHere = containsWords(article.text, person.name);
		const spelling = !variant
			? { fr: '', en: '' }
			: alsoHere
				? {
						fr: ` Plus loin, l’article écrit aussi ${guillemets(person.name)}.`,
						en: ` Further on, the article also writes “${person.name}”.`
					}
				: {
						fr: ` D’autres articles sur le même sujet écrivent ${guillemets(person.name)}.`,
						en: ` Other articles on the same story write “${person.name}”.`
					};
		const who = r.person;
		// A few words around the name, which the role stands before: `…le PDG de Parler, John
		// Matze, a déclaré que…`.
		const at = sentence.start + sentence.text.indexOf(r.person);
		const excerpt = excerptAround(sentencePassage(sentence), at, at + r.person.length);
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
						fr: frenchTypography(
							`C’est ${who} : l’article écrit ${guillemets(excerpt)}.${spelling.fr}`
						),
						en: `${who}: the article writes “${excerpt}”.${spelling.en}`
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
