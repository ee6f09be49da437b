import type { Facts } from '../../facts/extract-facts';
import type { Entity, RoleFact } from '../../facts/types';
import { nameKey } from '../../refine/group-entities';
import { containsWords } from '../../validate/checks';

/** What `roleOrganisations` reads of a corpus, indexed once. */
interface RoleIndex {
	/** The corpus's roles by the entity id of the person holding them. */
	byPerson: Map<string, RoleFact[]>;
	/** Confident organisations, in corpus order. */
	orgs: Entity[];
	/** Organisations (their place in `orgs`) by the first word of an alias, lower-cased. */
	byWord: Map<string, number[]>;
	/** The organisations found in each role so far. */
	found: Map<RoleFact, Entity[]>;
}

const indexes = new WeakMap<Facts, RoleIndex>();

/** A letter or a digit, as `containsWords` reads a word's edge. */
const WORD_CHAR = /[\p{L}\d]/u;

/** The first run of letters and digits of a lower-cased text: `amazon` of `amazon web services`. */
function firstWord(lower: string): string {
	let end = 0;
	while (end < lower.length && WORD_CHAR.test(lower[end]!)) end++;
	return lower.slice(0, end);
}

/** Every run of letters and digits of a lower-cased text. */
function words(lower: string): Set<string> {
	const out = new Set<string>();
	let start = -1;
	for (let i = 0; i <= lower.length; i++) {
		const inWord = i < lower.length && WORD_CHAR.test(lower[i]!);
		if (inWord && start < 0) start = i;
		else if (!inWord && start >= 0) {
			out.add(lower.slice(start, i));
			start = -1;
		}
	}
	return out;
}

function indexOf(facts: Facts): RoleIndex {
	let index = indexes.get(facts);
	if (index) return index;
	const byPerson = new Map<string, RoleFact[]>();
	for (const r of facts.roles) {
		const id = facts.entityOf.get(nameKey(r.person))?.id;
		if (!id) continue;
		const list = byPerson.get(id);
		if (list) list.push(r);
		else byPerson.set(id, [r]);
	}
	const orgs = facts.entities.filter((e) => e.type === 'organisation' && e.confident);
	const byWord = new Map<string, number[]>();
	orgs.forEach((o, k) => {
		for (const a of o.aliases) {
			// An alias opening on no letter or digit is filed under '', looked at for every role.
			const key = firstWord(a.toLowerCase());
			const list = byWord.get(key) ?? [];
			if (list.at(-1) !== k) list.push(k);
			byWord.set(key, list);
		}
	});
	index = { byPerson, orgs, byWord, found: new Map() };
	indexes.set(facts, index);
	return index;
}

/**
 * The roles the corpus gives a person (`Le fondateur de Parler, John Matz`), each with the
 * confident organisations it names as whole words (`Parler`), in corpus order. Indexed once per
 * corpus: roles by person, organisations by the first word of their names, so a story reads only
 * its speakers' roles, and a role only the organisations sharing one of its words.
 */
export function roleOrganisations(facts: Facts, personId: string): Entity[][] {
	const index = indexOf(facts);
	return (index.byPerson.get(personId) ?? []).map((r) => {
		let found = index.found.get(r);
		if (!found) {
			const candidates = new Set(index.byWord.get('') ?? []);
			for (const w of words(r.role.toLowerCase()))
				for (const k of index.byWord.get(w) ?? []) candidates.add(k);
			found = [...candidates]
				.sort((x, y) => x - y)
				.map((k) => index.orgs[k]!)
				.filter((o) => o.aliases.some((a) => containsWords(r.role, a)));
			index.found.set(r, found);
		}
		return found;
	});
}
