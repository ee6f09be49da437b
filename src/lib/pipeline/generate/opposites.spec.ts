import { expect, test } from 'vitest';
import { opposites } from './opposites';

const first = (sentence: string) => {
	const o = opposites(sentence)[0];
	return o ? `${o.word}>${o.opposite}` : null;
};

test.each([
	['Twitter a définitivement fermé le compte du président.', 'définitivement>temporairement'],
	['Les sénateurs ont accepté le transfert des déficits à la Cades.', 'accepté>refusé'],
	[
		'Parler régule moins la désinformation et les propos haineux que les réseaux établis.',
		'moins>plus'
	],
	['Le Royaume-Uni est le deuxième pays le plus touché par la pandémie.', 'plus>moins'],
	['Les milliardaires se sont, pour la première fois en dix ans, appauvris.', 'première>dernière'],
	['Le service est devenu inaccessible depuis le début de la semaine.', 'inaccessible>accessible'],
	['Le réseau attire des voix conservatrices plus traditionnelles.', 'conservatrices>progressistes']
])('%s', (sentence, expected) => {
	expect(first(sentence)).toBe(expected);
});

test.each([
	// A negative sentence: its opposite would be a double negative.
	['Parler n’est pas accessible sans cette infrastructure.'],
	// Not a state: `dès que possible`, `mission impossible`.
	['Le groupe répondra dès que possible aux questions des journalistes.'],
	['Cela devient dès lors mission impossible pour le gouvernement.'],
	// A date, not a rank; a title, not a rank.
	["L'année dernière, les candidats ont subi des défaites."],
	['La première ministre a annoncé un plan de relance.'],
	// `autorisé à` has no `interdit à`.
	['Le joueur a été autorisé à quitter le club.'],
	// Degree words with no certain opposite.
	['Les cas sont de plus en plus nombreux.'],
	['De moins en moins de Hongkongais acceptent de décliner leur identité.'],
	['Au moins 5 personnes sont mortes.'],
	// A figure tells how much; a contrast or a reason backs the original word.
	['Le pays le plus touché compte 88.730 décès.'],
	['Les compagnies ont accepté des contreparties, mais en échange d’aides de l’État.'],
	['Le stationnement est interdit aux alentours pour des raisons de sécurité.']
])('nothing in: %s', (sentence) => {
	expect(opposites(sentence)).toEqual([]);
});
