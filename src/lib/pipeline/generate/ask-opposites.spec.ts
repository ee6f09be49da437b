import { describe, expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { askOpposites } from './ask-opposites';
import { contextFor } from './context';
import { factStatement, withoutLinks } from './fact-statement';
import { sentencesOf } from '../extract/sentences';
import { testArticle } from './test-article';

function ask(sentences: string[]) {
	const article = testArticle('a', sentences);
	return askOpposites(contextFor(article, extractFacts([article])));
}

describe('askOpposites', () => {
	test('a false statement turns one word to its opposite; a true one repeats the fact', () => {
		const made = [
			'Le réseau social Twitter a définitivement fermé le compte du président sortant.',
			'Les sénateurs ont accepté le transfert de la dette sociale à la Cades.',
			'En effet, le parti a rapidement trouvé le soutien des électeurs du Nord.',
			'Le Royaume-Uni est le deuxième pays le plus touché par la pandémie en Europe.'
		].flatMap((text) => ask([text]));
		expect(made).toHaveLength(4);
		const kinds = new Set<boolean>();
		for (const c of made) {
			if (c.question.type !== 'true-false') throw new Error('not a true/false question');
			const truth = c.question.choices.find((x) => x.correct)!.text === 'Vrai';
			kinds.add(truth);
			const source = c.question.evidence[0]!.quote;
			// The opening link is left out of the statement, never the fact.
			expect(c.question.statement).not.toMatch(/^En effet/u);
			if (truth) expect(source.endsWith(c.question.statement.slice(1))).toBe(true);
			else {
				expect(c.contradicts).toHaveLength(1);
				expect(c.question.statement).toContain(c.contradicts[0]);
				expect(source).not.toContain(c.contradicts[0]);
				expect(c.question.explanation.fr).toMatch(/^Faux/u);
			}
		}
		expect(kinds.size).toBe(2);
	});

	test.each([
		// An opinion is no fact to judge.
		'Il semble indispensable de fermer définitivement ces sites dangereux.',
		// A negative sentence.
		'Le service n’est plus accessible depuis le début de la semaine dernière.',
		// Nothing to turn.
		'Le gouvernement a présenté un plan de relance aux syndicats et au patronat.'
	])('nothing in: %s', (text) => {
		expect(ask([text])).toEqual([]);
	});
});

describe('factStatement', () => {
	const of = (text: string) => factStatement(sentencesOf(testArticle('a', [text]))[0]!);

	test('cuts an opening link and capitalises what follows', () => {
		expect(of('Toutefois, les syndicats ont signé l’accord avec la direction mardi.')).toEqual({
			text: 'Les syndicats ont signé l’accord avec la direction mardi.',
			cut: 'Toutefois, '.length
		});
	});

	test('keeps a sentence that needs no cut, and refuses one that states no fact', () => {
		expect(of('Les syndicats ont signé l’accord avec la direction mardi.')?.cut).toBe(0);
		expect(of('Toutefois, il semble que les syndicats vont signer l’accord.')).toBeNull();
	});
});

describe('withoutLinks', () => {
	test.each([
		[
			'Des fans se sont en effet rués sur les plateformes.',
			'Des fans se sont rués sur les plateformes.'
		],
		[
			'La Bulgarie est même l’un des quatre fournisseurs.',
			'La Bulgarie est l’un des quatre fournisseurs.'
		],
		['Le groupe a, toutefois, maintenu son offre.', 'Le groupe a maintenu son offre.'],
		// `le même jour` is no link.
		['Les deux votes ont eu lieu le même jour.', 'Les deux votes ont eu lieu le même jour.']
	])('%s', (text, expected) => {
		expect(withoutLinks(text)).toBe(expected);
	});
});
