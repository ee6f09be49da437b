import type { Facts } from '../../facts/extract-facts';
import type { AttributedSpeech, SpeakerEntity } from '../../refine/resolve-speakers';
import type { CleanArticle } from '../../types';
import { containsWords } from '../../validate/checks';
import { roleOrganisations } from './role-organisations';

/** Every name a speaker goes by, and the organisations a person speaks for. */
export interface SpeakerNames {
	/** `John Matze`, `John Matz`, `Matze`; `Amazon`, `AWS`, `Amazon Web Services`. */
	own: string[];
	/** For a person, the organisations the story makes them speak for: `le PDG de Parler` → `Parler`. */
	orgs: string[];
}

/**
 * The names of each speaker of a story, by speaker id: every alias and spelling the corpus groups
 * under the entity (`AWS` for `Amazon Web Services`), a person's last name, and the organisations
 * a person is the head or voice of, read from the words that name them as a speaker (`le patron
 * de Parler`, `Chez Parler, on`) and from the roles the articles give them (`Le fondateur de
 * Parler, John Matz`). A quotation naming any of them gives its speaker away.
 */
export function speakerNames(
	speech: AttributedSpeech[],
	facts: Facts,
	byId: Map<string, CleanArticle>
): Map<string, SpeakerNames> {
	const out = new Map<string, SpeakerNames>();
	for (const s of speech) {
		const entry = out.get(s.who.id) ?? { own: ownNames(s.who, facts), orgs: [] };
		out.set(s.who.id, entry);
		if (s.who.kind !== 'person') continue;
		const said = byId.get(s.article)!.text.slice(s.speaker.start, s.speaker.end);
		for (const n of facts.byArticle.get(s.article)?.named ?? []) {
			if (n.m.start < s.speaker.start || n.m.end > s.speaker.end) continue;
			if (n.e.type === 'organisation' && n.e.id !== s.who.id && containsWords(said, n.m.text))
				entry.orgs.push(n.e.name, ...n.e.aliases);
		}
	}
	// The roles of this story's speakers only, each with the organisations it names.
	for (const [id, entry] of out)
		for (const orgs of roleOrganisations(facts, id))
			for (const o of orgs) entry.orgs.push(o.name, ...o.aliases);
	for (const entry of out.values()) entry.orgs = [...new Set(entry.orgs)];
	return out;
}

/** The speaker's own names: the entity's aliases and spellings, and a person's last name. */
function ownNames(who: SpeakerEntity, facts: Facts): string[] {
	const e = facts.entityById.get(who.id);
	const names = [who.name, ...(e?.aliases ?? []), ...(e?.variants ?? [])];
	if (who.kind === 'person') names.push(...names.map((n) => n.split(/\s+/u).at(-1)!));
	return [...new Set(names)].filter((n) => n.length > 1);
}

/** The first of `names` that `text` shows as whole words, or null. */
export function namedIn(text: string, names: string[]): string | null {
	return names.find((n) => containsWords(text, n)) ?? null;
}
