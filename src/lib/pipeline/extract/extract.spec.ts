import { describe, expect, test } from 'vitest';
import { extractDates } from './extract-dates';
import { extractEvents } from './extract-events';
import { extractMentions, vocabulary } from './extract-mentions';
import { extractNumbers } from './extract-numbers';
import { extractRoles } from './extract-roles';
import { mention, sentence } from './test-sentence';

describe('extractNumbers', () => {
	test.each([
		['AWS a déclaré avoir trouvé 98 publications sur Parler.', 98, '98', 'publications'],
		['Ayant entraîné la mort de 5 personnes au total.', 5, '5', 'personnes'],
		['Le glissement de terrain a fait cinq morts.', 5, 'cinq', 'morts'],
		[
			'Des courriels mentionnant quatre-vingt-dix-huit messages de haine.',
			98,
			'quatre-vingt-dix-huit',
			'messages'
		],
		['Le groupe supprime 15.000 postes en Europe.', 15000, '15.000', 'postes'],
		['Une hausse de 43% des contenus haineux.', 43, '43', '%'],
		['Les consommateurs sont passés de 2,2 % de la population.', 2.2, '2,2', '%'],
		['Le réseau compte 3 millions d’utilisateurs.', 3, '3', 'millions d’utilisateurs']
	])('%s', (text, value, written, unit) => {
		expect(extractNumbers(sentence(text)).map((n) => [n.value, n.text, n.unit])).toEqual([
			[value, written, unit]
		]);
	});
	test.each([
		['Parler est un réseau social lancé en 2018.'],
		['Le 6 janvier 2021, une horde de manifestants a pris le Capitole.'],
		['Le compte sera suspendu à partir de 08H00 GMT lundi.'],
		['Le site web affiche désormais une erreur 403, et l’application ne se charge pas.'],
		['La pandémie de COVID-19 a tout changé.'],
		['Apple et Google ont tous deux décidé de retirer l’application.'],
		['Il a reçu une lettre de la préfecture.']
	])('finds no count in: %s', (text) => {
		expect(extractNumbers(sentence(text))).toEqual([]);
	});
});

describe('extractDates', () => {
	test.each([
		[
			'Le 6 janvier 2021, une horde de manifestants a pris le Capitole.',
			'day',
			'2021-01-06',
			'6 janvier 2021'
		],
		['Le compte sera suspendu à partir de 08H00 GMT.', 'time', '08:00', '08H00 GMT'],
		['Twitter a fermé le compte de Donald Trump vendredi.', 'weekday', 'weekday:5', 'vendredi'],
		['Samedi, son application était la plus téléchargée.', 'weekday', 'weekday:6', 'Samedi'],
		['Parler a été fondée en 2018.', 'year', '2018', '2018'],
		[
			'Les inondations avaient causé la mort de 18 personnes en juin 2018.',
			'month',
			'2018-06',
			'juin 2018'
		],
		['La saison des pluies a commencé en mai à Abidjan.', 'month', '????-05', 'mai'],
		['Il est visé par un mandat d’arrêt depuis décembre.', 'month', '????-12', 'décembre']
	])('%s', (text, granularity, value, written) => {
		expect(extractDates(sentence(text)).map((d) => [d.granularity, d.value, d.text])).toEqual([
			[granularity, value, written]
		]);
	});
	test.each([
		['Le PDG s’est exprimé à la fin de la semaine dernière.'],
		['Il est possible que le service soit indisponible une semaine.'],
		["Aujourd'hui, c'est Amazon qui entend agir."],
		// A planet, a name: not a month.
		['La sonde doit se poser sur Mars dans deux ans.'],
		['Le parti En Marche a désigné son candidat.']
	])('finds no stated date in: %s', (text) => {
		expect(extractDates(sentence(text))).toEqual([]);
	});
});

describe('extractMentions', () => {
	const vocab = vocabulary([
		'Le site Parler a été retiré par Google. Selon Amazon Web Services, c’est grave. Samedi, rien.',
		'samedi'
	]);
	test('finds names, joins multi-word names, drops elision and common sentence openers', () => {
		const found = extractMentions(
			sentence("Samedi, Parler a quitté l'App Store d'Amazon Web Services et de Google."),
			vocab
		).map((m) => m.text);
		expect(found).toEqual(['Parler', 'App Store', 'Amazon Web Services', 'Google']);
	});
	test('takes the person out of an institution glued to their name', () => {
		const v = vocabulary(['la justice du pays']);
		const found = extractMentions(
			sentence('Selon le ministre de la Justice Bill Barr, le tireur était lié.'),
			v
		).map((m) => m.text);
		expect(found).toEqual(['Bill Barr']);
	});
	test('finds nothing in a sentence without names', () => {
		expect(
			extractMentions(sentence('Il restait néanmoins possible de l’installer.'), vocab)
		).toEqual([]);
	});
});

describe('extractRoles', () => {
	test.each([
		[
			'Le fondateur de Parler, John Matz, a confirmé la coupure.',
			'John Matz',
			'le fondateur de Parler'
		],
		[
			'Le PDG de Parler, John Matze, a déclaré que l’entreprise avait du mal.',
			'John Matze',
			'le PDG de Parler'
		],
		[
			'Le préfet de police Didier Lallement a annoncé un dispositif.',
			'Didier Lallement',
			'le préfet de police'
		],
		[
			'Selon le ministre américain de la Justice Bill Barr, les données ont servi.',
			'Bill Barr',
			'le ministre américain de la Justice'
		],
		[
			'Le président de la commission des Affaires sociales Alain Milon (LR) a voté contre.',
			'Alain Milon',
			'le président de la commission des Affaires sociales'
		],
		[
			'Le Premier ministre bulgare Boïko Borissov a visité la frontière.',
			'Boïko Borissov',
			'le Premier ministre bulgare'
		]
	])('%s', (text, person, role) => {
		const s = sentence(text);
		const at = text.indexOf(person);
		const roles = extractRoles(s, [
			{
				kind: 'mention',
				article: 'a',
				sentence: 0,
				start: at,
				end: at + person.length,
				text: person
			}
		]);
		expect(roles.map((r) => [r.role, r.person])).toEqual([[role, person]]);
	});
	test.each([
		['Le président pensait que Donald Trump viendrait.', 'Donald Trump'],
		['La réforme permettra au président et à Vladimir Poutine de rester.', 'Vladimir Poutine']
	])('a role that is not the name’s yields nothing: %s', (text, person) => {
		expect(extractRoles(sentence(text), [mention(text, person)])).toEqual([]);
	});
	test('a bare role says of nothing and yields nothing', () => {
		const text = 'Selon le CEO, John Matze, les géants ont travaillé ensemble.';
		const at = text.indexOf('John Matze');
		expect(
			extractRoles(sentence(text), [
				{ kind: 'mention', article: 'a', sentence: 0, start: at, end: at + 10, text: 'John Matze' }
			])
		).toEqual([]);
	});
});

describe('extractEvents', () => {
	test.each([
		[
			'Amazon a décidé de ne plus héberger le réseau social.',
			'Amazon',
			'a décidé de ne plus héberger le réseau social'
		],
		[
			'Aussi Amazon a-t-il décidé de suspendre le compte de Parler à partir de lundi.',
			'Amazon',
			'a décidé de suspendre le compte de Parler à partir de lundi'
		],
		[
			'Parler est un refuge pour les internautes déçus par Twitter, qui a définitivement fermé le compte de Donald Trump vendredi.',
			'Twitter',
			'a définitivement fermé le compte de Donald Trump vendredi'
		]
	])('%s', (text, subject, predicate) => {
		const events = extractEvents(sentence(text), [mention(text, subject)]);
		expect(events.map((e) => [e.subject, e.predicate])).toEqual([[subject, predicate]]);
	});
	test.each([
		['Apple a suivi son exemple samedi en regrettant la prolifération de menaces.', 'Apple'],
		['Apple y a répondu samedi par un communiqué de presse.', 'Apple'],
		['Parler a été fondée en 2018 mais a attiré une attention accrue.', 'Parler'],
		['Google et Apple ont déjà retiré Parler de leur plateforme.', 'Apple'],
		['Selon Google, l’appli a été utilisée pour lancer des appels à la violence.', 'Google']
	])(
		'yields nothing from a predicate that depends on context or is no clear action: %s',
		(text, subject) => {
			expect(extractEvents(sentence(text), [mention(text, subject)])).toEqual([]);
		}
	);
});
