import { describe, expect, test } from 'vitest';
import { extractFacts, type Facts } from '../../facts/extract-facts';
import { nameKey } from '../../refine/group-entities';
import { containsWords } from '../../validate/checks';
import { testArticle } from '../test-article';
import { roleOrganisations } from './role-organisations';

/** Heads of companies named with their roles (invented). */
const water = testArticle('eau', [
	'Le groupe Veolia a rompu son contrat avec la ville de Lyon. Le groupe Suez a suivi le lendemain.',
	'Selon la PDG de Saur, Marie Lambert, les contrats étaient mal rédigés.',
	'Le directeur général de Veolia, Paul Martin, a refusé de commenter. Le groupe Saur a confirmé.',
	'Jeanne Dubois, habitante du quartier, a vu les camions partir. Jeanne Dubois a témoigné.',
	'Les groupes Veolia, Suez et Saur se partagent le marché. Le groupe Saur a démenti. Le groupe Veolia a démenti.'
]);
const facts = extractFacts([water]);
const idOf = (name: string) => facts.entityOf.get(nameKey(name))?.id ?? '';

/** The organisations each role of a person names, read the slow way: every role, every organisation. */
function naive(f: Facts, personId: string): string[][] {
	const orgs = f.entities.filter((e) => e.type === 'organisation' && e.confident);
	return f.roles
		.filter((r) => f.entityOf.get(nameKey(r.person))?.id === personId)
		.map((r) =>
			orgs.filter((o) => o.aliases.some((a) => containsWords(r.role, a))).map((o) => o.name)
		);
}

describe('roleOrganisations', () => {
	test('`la PDG de Saur, Marie Lambert`: Saur', () => {
		const found = roleOrganisations(facts, idOf('Marie Lambert')).flat();
		expect(found.map((o) => o.name)).toContain('Saur');
		expect(found.map((o) => o.name)).not.toContain('Veolia');
	});

	test('`Le directeur général de Veolia, Paul Martin`: Veolia, and no other', () => {
		expect(
			roleOrganisations(facts, idOf('Paul Martin')).map((os) => os.map((o) => o.name))
		).toEqual([['Veolia']]);
	});

	test('a person with no role in the corpus has none', () => {
		expect(roleOrganisations(facts, idOf('Jeanne Dubois')).flat()).toEqual([]);
	});

	test('finds what reading every role against every organisation finds, in the same order', () => {
		for (const e of facts.entities)
			expect(roleOrganisations(facts, e.id).map((os) => os.map((o) => o.name))).toEqual(
				naive(facts, e.id)
			);
	});
});
