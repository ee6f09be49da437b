import { describe, expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { contextFor } from './context';
import { didAlike } from './did-alike';
import { testArticle } from './test-article';

function alike(sentences: string[], index: number, action: string, verb?: string) {
	const article = testArticle('a', sentences);
	const facts = extractFacts([article]);
	const ids = didAlike(contextFor(article, facts), {
		shown: sentences[index]!,
		exclude: new Set(),
		answer: '',
		action,
		sentence: index,
		...(verb ? { verb } : {})
	});
	return facts.entities
		.filter((e) => ids.has(e.id))
		.map((e) => e.name)
		.sort();
}

describe('didAlike', () => {
	const tributes = [
		'Sur Twitter, l\'ancien président Nicolas Sarkozy a rendu hommage à un homme "entier" et fidèle.',
		'"Claude était un merveilleux ami d\'Israël", a réagi le Premier ministre israélien, Benjamin Netanyahu.',
		'Le président du parti LR Christian Jacob a salué un homme au "verbe haut" et au fort tempérament.',
		'Le maire Jean-Louis Tixier-Vignancour avait été candidat à la présidentielle de 1965 en France.',
		"Guillaume Larrivé a annoncé sa candidature à la présidence du groupe à l'Assemblée nationale."
	];
	test('whoever pays a tribute is no wrong choice for a question on another', () => {
		const names = alike(tributes, 0, 'a rendu hommage à un homme "entier"', 'rendu');
		expect(names).toContain('Benjamin Netanyahu');
		expect(names).toContain('Christian Jacob');
		expect(names).not.toContain('Jean-Louis Tixier-Vignancour');
		expect(names).not.toContain('Guillaume Larrivé');
	});

	test('the doers of a ban named before its verb, not what they ban', () => {
		const names = alike(
			[
				'Twitter a définitivement fermé le compte de Donald Trump vendredi soir.',
				"D'autres réseaux comme Facebook ou Snapchat ont aussi suspendu le profil du locataire de la Maison Blanche.",
				'Le réseau Parler accueille depuis des milliers de partisans de Donald Trump.'
			],
			0,
			'a définitivement fermé le compte de Donald Trump vendredi',
			'fermé'
		);
		expect(names).toEqual(expect.arrayContaining(['Facebook', 'Snapchat']));
		expect(names).not.toContain('Parler');
	});

	test('a doer where a rare word of the question recurs', () => {
		const names = alike(
			[
				"Mais la Fondation Charles Darwin craint l'impact de la pandémie sur l'attribution de fonds.",
				'"La disponibilité de fonds va changer", avertit Maria José Barragan, directrice pour les sciences.',
				'Le tourisme reste la première ressource des îles selon Diego Quiroga et ses collègues.'
			],
			0,
			"craint l'impact de la pandémie sur l'attribution de fonds",
			'craint'
		);
		expect(names).toContain('Maria José Barragan');
		expect(names).not.toContain('Diego Quiroga');
	});

	test('not one named inside a quotation or after a preposition', () => {
		// `tourisme` and `croisières` are rare: each in the question and one other sentence.
		const names = alike(
			[
				'Le directeur Diego Quiroga craint la fin du tourisme et des croisières dans les îles.',
				'"Carlos Mena ne parle que de tourisme", ironise un guide de Puerto Ayora.',
				'Les croisières ont longtemps profité à Maria José Barragan et à ses collègues.'
			],
			0,
			'craint la fin du tourisme et des croisières dans les îles',
			'craint'
		);
		expect(names).not.toContain('Carlos Mena');
		expect(names).not.toContain('Maria José Barragan');
	});

	test('the subjects of events with the same verb', () => {
		const ids = alike(
			[
				'Le parti libéral Iabloko a appelé les Russes à boycotter un "vote falsifié".',
				"M. Navalny a appelé à concentrer les efforts de l'opposition sur les élections régionales.",
				"Alexeï Navalny est le principal opposant russe depuis une dizaine d'années."
			],
			0,
			'a appelé les Russes à boycotter un "vote falsifié"',
			'appelé'
		);
		expect(ids).toContain('Navalny');
	});

	test('whose the thing is, is no wrong choice for who acted on it', () => {
		const reform = [
			'Les députés russes ont adopté mercredi la réforme constitutionnelle de Vladimir Poutine.',
			"L'opposant Alexeï Navalny a dénoncé la réforme comme un coup d'Etat constitutionnel.",
			'Le politologue Vitali Chkliarov a rappelé que le scrutin restait incertain.'
		];
		const names = alike(reform, 1, "a dénoncé la réforme comme un coup d'Etat constitutionnel");
		expect(names).toContain('Vladimir Poutine');
		expect(names).not.toContain('Vitali Chkliarov');
	});
});
