import { describe, expect, test } from 'vitest';
import { testArticle } from '../test-article';
import { askFactOpinion } from './ask-fact-opinion';

const shown = (paragraphs: string[]) =>
	askFactOpinion([testArticle('a', paragraphs)]).map((c) =>
		c.question.type === 'classification'
			? [c.question.text, c.question.choices.find((ch) => ch.correct)!.text]
			: []
	);

describe('askFactOpinion', () => {
	test('reported words are « Propos rapportés », with no `(citation)` for indirect speech', () => {
		const [q] = askFactOpinion([
			testArticle('a', ['Le maire a déclaré que les travaux avaient pris trois mois de retard.'])
		]);
		expect(
			q?.question.type === 'classification' && q.question.choices.map((c) => c.text)
		).toContain('Propos rapportés');
		expect(q?.question.explanation.fr).toMatch(/discours indirect/u);
		expect(q?.question.explanation.fr).toMatch(/«\u00A0a déclaré que\u00A0»/u);
	});
	test('an explanation quotes only markers that report in the sentence: not `lancer` in `pour lancer des appels`', () => {
		const [q] = askFactOpinion([
			testArticle('a', [
				'Selon la police, le forum a encore été utilisé cette semaine pour lancer des appels au pillage.'
			])
		]);
		expect(q?.question.explanation.fr).toMatch(/«\u00A0Selon la police\u00A0» montre/u);
		expect(q?.question.explanation.fr).not.toMatch(/lancer/u);
	});
	test('a verb of a quotation incise reports and is quoted', () => {
		const [q] = askFactOpinion([
			testArticle('a', [
				'"Nous allons reconstruire le pont avant l’hiver", a promis le maire lundi.'
			])
		]);
		expect(q?.question.explanation.fr).toMatch(/«\u00A0a promis\u00A0»/u);
	});
	test('a plain past event is a fact', () => {
		expect(
			shown(['Le club Olympia a été fondé en 1998 par Jean Dupont et Marie Lenoir à Lyon.'])
		).toEqual([
			[
				'Le club Olympia a été fondé en 1998 par Jean Dupont et Marie Lenoir à Lyon.',
				'Fait rapporté'
			]
		]);
	});
	test('questions, sentences pointing back and sentences between two quotations yield nothing', () => {
		expect(
			shown([
				'Faut-il limiter le pouvoir des grandes plateformes ?',
				'Il avait été condamné en 2015 pour des faits similaires.',
				'"Nous avons tout perdu", a raconté une habitante lundi. La maison a été détruite en 2019 par les flammes. "Rien ne reste", a-t-elle ajouté devant la presse.'
			]).map(([text]) => text)
		).toEqual(['"Nous avons tout perdu", a raconté une habitante lundi.']);
	});
	test('reported forecasts and unattributed causes yield nothing', () => {
		expect(
			shown([
				'Au ministère, on estime que la hausse des prix sera temporaire cette année.',
				'La grève des transports a conduit de nombreux salariés à travailler depuis chez eux.',
				'Le maire a déclaré que les travaux avaient pris trois mois de retard.'
			]).map(([text]) => text)
		).toEqual(['Le maire a déclaré que les travaux avaient pris trois mois de retard.']);
	});
});
