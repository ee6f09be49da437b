import { describe, expect, test } from 'vitest';
import { cleanPredicate, standsAlone } from './event-predicate';

describe('cleanPredicate', () => {
	test.each([
		[
			'a pour sa part dénoncé la réforme constitutionnelle',
			'a dénoncé la réforme constitutionnelle'
		],
		['a, lui, fait campagne en faveur du "non"', 'a fait campagne en faveur du "non"'],
		['a déjà retiré Parler de sa boutique', 'a déjà retiré Parler de sa boutique'],
		[
			'a appelé à "un sursaut d\'autorité", estimant que "les Français sont indignés"',
			'a appelé à "un sursaut d\'autorité"'
		],
		[
			'prévoit de couper les ponts avec Parler, ce qui devrait rendre la plateforme inaccessible',
			'prévoit de couper les ponts avec Parler'
		],
		[
			'a déclaré avoir trouvé 98 publications sur Parler et a averti la plate-forme',
			'a déclaré avoir trouvé 98 publications sur Parler'
		],
		[
			'a commandé un sondage à l\'Ifop montrant "une adhésion forte" selon l\'institut',
			'a commandé un sondage à l\'Ifop montrant "une adhésion forte"'
		],
		// `à l'étranger`, `en janvier`: no object pronoun.
		[
			"a annoncé en janvier un voyage à l'étranger pour ses ministres",
			"a annoncé en janvier un voyage à l'étranger pour ses ministres"
		]
	])('%s', (raw, clean) => {
		expect(cleanPredicate(raw)).toBe(clean);
	});
	test.each([
		// Too short once cut, or ends on a word that wants more.
		['a déclaré que'],
		['a tranché, mais sans convaincre'],
		// Unpaired quotation marks.
		['a dénoncé un "coup de poignard'],
		// A pronoun, a demonstrative, `aussi`, a person named before by role.
		["a assuré qu'il avait connaissance de groupes violents"],
		['a décidé de le censurer dès samedi soir'],
		['a critiqué ces violences dans un tweet'],
		["a semé la confusion en disant que l'accord pourrait inclure aussi Microsoft"],
		['a rencontré le ministre lors de sa visite officielle']
	])('yields nothing: %s', (raw) => {
		expect(cleanPredicate(raw)).toBeNull();
	});
});

describe('standsAlone', () => {
	test('a pronoun for a plural the text names, or an impersonal `il`, is fine', () => {
		expect(standsAlone("a lancé un appel aux organisateurs pour qu'ils prennent des moyens")).toBe(
			true
		);
		expect(standsAlone("estime qu'il faut retirer le fromage du marché")).toBe(true);
		expect(standsAlone('menée aussi étroitement avec Al-Qaïda depuis 2001')).toBe(true);
	});
	test('a pronoun for someone named before is not', () => {
		expect(standsAlone('ils ont tout cassé dans le restaurant')).toBe(false);
		expect(standsAlone("la pandémie l'a empêché de se produire en public")).toBe(false);
	});
});
