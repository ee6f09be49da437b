import { describe, expect, test } from 'vitest';
import { statementKind } from './statement-kind';

describe('statementKind', () => {
	test.each([
		['Parler a été fondée en 2018 et a attiré de nombreux utilisateurs.', 'fact'],
		['"Nous allons tout faire pour trouver un nouveau fournisseur", a-t-il ajouté.', 'reported'],
		["Selon Google, l'appli a été utilisée pour lancer des appels à la violence.", 'reported'],
		['AWS a déclaré avoir trouvé 98 publications sur Parler.', 'reported'],
		[
			"Si l'on ne peut que déplorer les violences commises, la suppression soulève des questions.",
			'opinion'
		],
		[
			'Cela devrait empêcher au moins temporairement le fonctionnement du réseau social.',
			'speculation'
		],
		['Le bilan sera sans doute plus lourd.', 'speculation']
	])('%s → %s', (text, kind) => {
		expect(statementKind(text)?.kind).toBe(kind);
	});
	test.each([
		// opinion and speculation at once
		["Il pourrait s'agir d'un véritable danger pour la démocratie."],
		// reported words and a conditional of the author
		[
			"Bien que Matze ait déclaré que Parler pouvait rester en panne, l'écriture pourrait être sur le mur."
		],
		// a shade of judgement in a past event
		["Les GAFAM ont sévèrement sanctionné l'application."],
		// titles in quotation marks, nobody quoted
		['Les séries comme "House of Cards" présagent une fiction de qualité.'],
		// no past event, no figure
		['Le nô combine théâtre, danse et musique.'],
		// a judging adjective in a report of events
		["L'exigence étonnante du président a suscité de vives critiques."],
		// titles in quotation marks after an adjective pair (`critique et public`)
		[
			'À l\'époque, les succès critique et public de séries comme "House of Cards" présagent une fiction de qualité.'
		],
		// a reporting verb away from its `que`, a witness, a belief, `il faut` after `que`
		["L'OMS a rappelé le 12 avril qu'aucune étude n'en avait apporté la preuve."],
		["M. Lai est ressorti du commissariat vers minuit, a constaté un journaliste de l'AFP."],
		['Pendant plusieurs jours, Carla a cru que la guerre commençait.'],
		["Des inconnus s'interpellent pour prévenir qu'il faut partir."],
		// a question asserts nothing
		['Faut-il limiter le pouvoir des GAFAM ?'],
		// words that colour the facts
		[
			'Le forum est devenu un refuge pour des internautes ulcérés par la fermeture du site vendredi.'
		],
		// a `selon` phrase with no clear end
		['Ce qui a suscité selon le ministre de la Justice la "déprimante" colère des militants.']
	])('no clear class: %s', (text) => {
		expect(statementKind(text)).toBeNull();
	});
	test('a gerund reporting words is named', () => {
		expect(
			statementKind(
				"Le maire s'est exprimé devant la presse, expliquant qu'il comptait rouvrir l'école."
			)?.markers
		).toEqual(["expliquant qu'il"]);
	});
	test('an elided `qu’` stays with its word', () => {
		expect(
			statementKind("Le témoin assure qu'un tunnel s'est bouché il y a trois mois.")?.markers
		).toEqual(["assure qu'un"]);
	});
	test('a reporting verb is named with its auxiliary and its `que`', () => {
		expect(
			statementKind('Le maire a déclaré que les travaux avaient pris du retard.')?.markers
		).toEqual(['a déclaré que']);
	});
	test('the markers are named as written', () => {
		expect(statementKind('Il semble indispensable de fixer des limites.')?.markers).toEqual(
			['indispensable', 'Il semble'].sort(
				(a, b) => 'Il semble indispensable'.indexOf(a) - 'Il semble indispensable'.indexOf(b)
			)
		);
	});

	test('a marker keeps its elided word; a figure is never part of a name', () => {
		const fact = statementKind(
			'Les habitants de la vallée n’ont pas cessé de manifester contre le Covid-19 en 2020.'
		);
		expect(fact?.kind).toBe('fact');
		expect(fact?.markers).toContain('n’ont pas cessé');
		expect(fact?.markers).toContain('2020');
		expect(fact?.markers).not.toContain('19');
	});

	test('a fact followed by words a gerund reports has no clear class', () => {
		expect(
			statementKind(
				"Un restaurateur en a acheté une cinquantaine de copies, expliquant qu'il comptait les offrir."
			)
		).toBeNull();
	});
});
