import { describe, expect, test } from 'vitest';
import { extractEvents } from './extract-events';
import { mention, sentence } from './test-sentence';

const events = (text: string, subject: string) =>
	extractEvents(sentence(text), [mention(text, subject)]).map((e) => e.predicate);

describe('extractEvents', () => {
	test.each([
		// A discourse adverb between the auxiliary and the participle is dropped; `mais` cuts.
		[
			"Alexeï Navalny a pour sa part dénoncé la réforme comme un \"coup d'Etat constitutionnel\" mais n'a pas fait grand chose pour s'y opposer.",
			'Alexeï Navalny',
			'a dénoncé la réforme comme un "coup d\'Etat constitutionnel"'
		],
		// The subject's kind before its name; `ainsi` dropped.
		[
			'Le parti libéral Iabloko a ainsi appelé les Russes à boycotter un "vote falsifié, illégal et anti-constitutionnel".',
			'Iabloko',
			'a appelé les Russes à boycotter un "vote falsifié, illégal et anti-constitutionnel"'
		],
		// A long introductory adverbial, then a role in apposition before the name.
		[
			'Dans une interview accordée à Fox News à la fin de la semaine dernière, le PDG de Parler, John Matze, a déclaré que l’entreprise avait du mal à se remettre en marche.',
			'John Matze',
			'a déclaré que l’entreprise avait du mal à se remettre en marche'
		],
		// `en outre`; a plural pronoun whose antecedent the predicate names (`aux organisateurs`).
		[
			'Didier Lallement a en outre lancé un appel aux organisateurs pour qu\'ils prennent "des moyens d\'organisation".',
			'Didier Lallement',
			'a lancé un appel aux organisateurs pour qu\'ils prennent "des moyens d\'organisation"'
		],
		// A cleft: the name is the subject of `qui`.
		[
			"Et aujourd'hui, c'est la mairie de Lyon qui entend fermer les parcs pour limiter les rassemblements.",
			'mairie de Lyon',
			'entend fermer les parcs pour limiter les rassemblements'
		],
		// A clause of time the article states as true, cut at its comma.
		[
			'A présent que le Sénat a adopté la réforme des retraites, les députés doivent se prononcer à leur tour.',
			'Sénat',
			'a adopté la réforme des retraites'
		],
		// A role with what it is of, straight before the name.
		[
			'Le ministre de la Santé Olivier Véran a promis à l\'Assemblée "au moins un milliard d\'euros" supplémentaire.',
			'Olivier Véran',
			'a promis à l\'Assemblée "au moins un milliard d\'euros" supplémentaire'
		],
		// A clause after a colon; the role ends with a comma, the name in apposition.
		[
			"En Espagne, l'heure n'est pas au relâchement: le Premier ministre, Pedro Sanchez, a annoncé son intention de prolonger l'état d'urgence d'un mois.",
			'Pedro Sanchez',
			"a annoncé son intention de prolonger l'état d'urgence d'un mois"
		],
		// `M.` is part of the subject; `aussi` dropped; cut at the comma of a long predicate.
		[
			"M. Navalny a aussi appelé à concentrer les efforts de l'opposition sur les élections régionales de septembre et sur les législatives de 2021, au lieu du référendum.",
			'Navalny',
			"a appelé à concentrer les efforts de l'opposition sur les élections régionales de septembre et sur les législatives de 2021"
		],
		// A present tense and a discourse adverb after it.
		[
			'Ivan Marulanda reconnaît toutefois que les cartels sont très puissants, militairement et économiquement.',
			'Ivan Marulanda',
			'reconnaît que les cartels sont très puissants, militairement et économiquement'
		],
		// An apposition after the name, then the verb; cut before `avant d'`.
		[
			"Vladimir Poutine a annoncé la réforme constitutionnelle à la surprise générale en janvier avant d'y ajouter des amendements.",
			'Vladimir Poutine',
			'a annoncé la réforme constitutionnelle à la surprise générale en janvier'
		],
		// A relative clause after the name.
		[
			'Parler est un refuge pour les internautes déçus par Twitter, qui a définitivement fermé le compte de Donald Trump vendredi.',
			'Twitter',
			'a définitivement fermé le compte de Donald Trump vendredi'
		],
		// A reflexive verb after a title.
		[
			"Accueilli par le prince Charles, M. Macron s'est ensuite rendu au 10, Downing Street.",
			'Macron',
			"s'est rendu au 10, Downing Street"
		]
	])('%s', (text, subject, predicate) => {
		expect(events(text, subject)).toEqual([predicate]);
	});

	test.each([
		// A pronoun or a possessive that stands for someone named before.
		['Apple a suivi son exemple samedi en regrettant la prolifération de menaces.', 'Apple'],
		['Apple y a répondu samedi par un communiqué de presse.', 'Apple'],
		[
			"Walmart, qui travaillait avec Microsoft, a fait savoir qu'il continuait les discussions.",
			'Walmart'
		],
		// A passive, a plural subject.
		['Parler a été fondée en 2018 mais a attiré une attention accrue.', 'Parler'],
		['Google et Apple ont déjà retiré Parler de leur plateforme.', 'Apple'],
		// What follows `Selon X,` or `Pour X,` is X's claim, not the article's.
		['Selon Google, Twitter a été utilisé pour lancer des appels à la violence.', 'Twitter'],
		// A demonstrative, `le même`, a person named before by role only.
		['Bul Bio a annoncé que cette hausse de production doublerait ses ventes.', 'Bul Bio'],
		['Microsoft, de son côté, a reçu le message cinq sur cinq.', 'Microsoft'],
		// The name is the object of another noun, not the subject: `la décision de Twitter, qui…`.
		['Parler a profité de la décision de Twitter, qui a banni Donald Trump.', 'Twitter'],
		// The name is only a complement of the role: `la présidente … de la région Ile-de-France`.
		[
			'La présidente de la région Ile-de-France, Valérie Pécresse, a appelé à "un sursaut d\'autorité".',
			'Ile-de-France'
		],
		// A condition is no fact; a cleft with no `qui`.
		['Si le Sénat a adopté le texte, les députés devront se prononcer.', 'Sénat'],
		["C'est Amazon, selon nos informations, la cible des enquêteurs.", 'Amazon'],
		// Inside a quotation: someone's words.
		['"Amazon a décidé de nous couper sans prévenir", a déploré le patron du réseau.', 'Amazon']
	])('yields nothing: %s', (text, subject) => {
		expect(events(text, subject)).toEqual([]);
	});
});
