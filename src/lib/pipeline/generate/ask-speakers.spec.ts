import { describe, expect, test } from 'vitest';
import type { Mention } from '../facts/types';
import { extractFacts } from '../facts/extract-facts';
import { sentence } from '../extract/test-sentence';
import { askSpeakers, quoteSpeaker } from './ask-speakers';
import { contextFor } from './context';
import { testArticle } from './test-article';

/** Mentions of `names` in `text`, as the extractor would give them. */
function mentions(text: string, names: string[]): Mention[] {
	return names.map((name) => {
		const start = text.lastIndexOf(name);
		return {
			kind: 'mention',
			article: 'a',
			sentence: 0,
			start,
			end: start + name.length,
			text: name
		};
	});
}

describe('quoteSpeaker', () => {
	test.each([
		[
			'"Notre groupe n\'est pas opposé à la création d\'un 5e risque", a souligné M. Cardoux, estimant le contraire.',
			['Cardoux'],
			"Notre groupe n'est pas opposé à la création d'un 5e risque",
			'Cardoux'
		],
		[
			'"Ce que nous souhaitons c\'est une vraie loi sur l\'autonomie", a également déclaré le président de la commission des Affaires sociales Alain Milon (LR).',
			['Affaires', 'Alain Milon'],
			"Ce que nous souhaitons c'est une vraie loi sur l'autonomie",
			'Alain Milon'
		],
		[
			'"Treize morts, c\'est le bilan provisoire, les recherches continuent", a déclaré le préfet d\'Abidjan, Vincent Toh Bi.',
			['Abidjan', 'Vincent Toh Bi'],
			"Treize morts, c'est le bilan provisoire, les recherches continuent",
			'Vincent Toh Bi'
		],
		[
			'« Nous allons prendre une décision bientôt », a promis jeudi soir Donald Trump.',
			['Donald Trump'],
			'Nous allons prendre une décision bientôt',
			'Donald Trump'
		]
	])('%s', (text, names, quote, speaker) => {
		const found = quoteSpeaker(sentence(text), mentions(text, names));
		expect(found?.quote).toBe(quote);
		expect(found?.speaker.text).toBe(speaker);
	});
	test.each([
		// A pronoun, not a name.
		['"Nous serons en nombre suffisant pour arrêter les casseurs", a-t-il ajouté.', []],
		// A role without a name.
		['"Nous serons en nombre suffisant pour arrêter les casseurs", a ajouté le préfet.', []],
		// Too short to be worth attributing.
		['"Ce n\'est pas son heure", estime Tatiana Stanovaïa.', ['Tatiana Stanovaïa']],
		// A newspaper speaks, not a person.
		[
			'"De manière inattendue, son premier discours était fort", reconnaît le journal d\'opposition Nacha Niva.',
			['Nacha Niva']
		],
		// Only the end of a longer name was recognised.
		[
			'"La table des négociations est vide", a déclaré le Portugais Joao Vale de Almeida lors d\'une conférence.',
			['Almeida']
		],
		// A question inside the quotation.
		[
			'"Pourquoi ne pourraient-ils pas y aller de leurs propres poches?" s\'est indigné Carys Roberts.',
			['Carys Roberts']
		],
		// The quotation does not open the sentence.
		['Il a ajouté que "la table des négociations est vide", selon Alain Milon.', ['Alain Milon']]
	])('nothing in: %s', (text, names) => {
		expect(quoteSpeaker(sentence(text), mentions(text, names))).toBeNull();
	});
});

test('askSpeakers asks who said it, with the other people quoted as wrong choices', () => {
	const article = testArticle('a', [
		'"C\'est le genre de tactique mafieuse qu\'on pourrait voir ailleurs", a commenté James Lewis, analyste.',
		'"Nous n\'avons jamais rien vu de tel dans ce pays", a remarqué Stuart Varney, de Fox Business.',
		'"Sans doute, j\'imagine, je ne me souviens pas", a répondu Larry Kudlow, avant de se reprendre.',
		'"C\'est de l\'intimidation pure et simple", a fustigé Wang Wenbin, porte-parole du ministère.'
	]);
	const facts = extractFacts([article]);
	const asked = askSpeakers(contextFor(article, facts));
	expect(asked).toHaveLength(4);
	const first = asked[0]!.question;
	expect(first.prompt).toContain('tactique mafieuse');
	expect(first.type === 'single' && first.choices.find((c) => c.correct)?.text).toBe('James Lewis');
	expect(first.type === 'single' && first.choices.map((c) => c.text).sort()).toEqual(
		['James Lewis', 'Larry Kudlow', 'Stuart Varney', 'Wang Wenbin'].sort()
	);
});

test('askSpeakers asks nothing when the article quotes too few people for three wrong choices', () => {
	const article = testArticle('a', [
		'"C\'est le genre de tactique mafieuse qu\'on pourrait voir ailleurs", a commenté James Lewis, analyste.',
		'"Nous n\'avons jamais rien vu de tel dans ce pays", a remarqué Stuart Varney, de Fox Business.'
	]);
	expect(askSpeakers(contextFor(article, extractFacts([article])))).toEqual([]);
});
