import { expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import { sentencesOf } from '../extract/sentences';
import { askableDate, askableNumber } from './askable';
import { testArticle } from './test-article';

/** Whether the first number of a one-sentence article is worth a question. */
function askable(text: string, title: string | null = null): boolean {
	const article = testArticle('a', [text]);
	const n = extractFacts([article]).byArticle.get('a')!.numbers[0];
	if (!n) throw new Error(`no number in: ${text}`);
	return askableNumber(n, sentencesOf(article)[0]!, title);
}

test.each([
	'En une soirée, les artistes appliquent dans trois stations des collages sur les publicités.',
	'AWS a déclaré avoir trouvé 98 publications qui incitent clairement à la violence.',
	'Le député était marié et père de deux enfants, selon son entourage.'
])('worth asking: %s', (text) => {
	expect(askable(text)).toBe(true);
});

test.each([
	// A known pair, an idiom: `les deux`, `comme deux gouttes d'eau`.
	'Les deux entreprises ont signé un accord de coopération mardi.',
	'L’emballage ressemble "comme deux gouttes d’eau" à celui du roquefort.',
	// A range, an alternative.
	'La police a saisi cinq ou six bouteilles dans le coffre de la voiture.',
	// First in the sentence: its capital letter would give it away.
	'Trente personnes ont été blessées dans la bousculade.'
])('not worth asking: %s', (text) => {
	expect(askable(text)).toBe(false);
});

test('a number the headline shows is not asked', () => {
	const text = 'Le gouvernement a annoncé la fermeture de 12 hôpitaux dans la région.';
	expect(askable(text, 'Fermeture de 12 hôpitaux')).toBe(false);
});

test('a date that names its event is not asked', () => {
	const dated = (text: string) => {
		const article = testArticle('a', [text]);
		const d = extractFacts([article]).byArticle.get('a')!.dates[0];
		if (!d) throw new Error(`no date in: ${text}`);
		return askableDate(d, sentencesOf(article)[0]!, null);
	};
	expect(
		dated('La menace reste élevée depuis les attentats du 11 septembre 2001 à New York.')
	).toBe(false);
	expect(dated('Le président a été reçu à Londres le 17 juin 1940 par le Premier ministre.')).toBe(
		true
	);
});
