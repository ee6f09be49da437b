import { expect, test } from 'vitest';
import { sentencesOf } from '../extract/sentences';
import { passageFor } from './passage';
import { testArticle } from './test-article';

/** The passage a gap question on the last sentence quotes, as text. */
function passageOf(sentences: string[]): string | null {
	const article = testArticle('a', sentences);
	const all = sentencesOf(article);
	return passageFor(all, all.length - 1, article.text)?.text ?? null;
}

const before = 'Le 6 janvier, des manifestants ont pris d’assaut le Parlement de la capitale.';

test('a sentence that stands alone is quoted alone', () => {
	const s = 'Le gouvernement a annoncé mardi la fermeture de deux hôpitaux de la région.';
	expect(passageOf([before, s])).toBe(s);
});

test('a description (cet incident) reads around a gap: the sentence alone', () => {
	const s =
		'Suite à cet incident majeur, ayant entraîné la mort de 5 personnes, les réseaux ont réagi.';
	expect(passageOf([before, s])).toBe(s);
});

test('a consequence link (Aussi X a-t-il…) reads around a gap: the sentence alone', () => {
	const s = 'Aussi le ministre a-t-il décidé de fermer les écoles à partir de lundi matin.';
	expect(passageOf([before, s])).toBe(s);
});

test('a pronoun needs the sentence before', () => {
	const s = 'Cela a provoqué la mort de 5 personnes et des dizaines de blessés selon la police.';
	expect(passageOf([before, s])).toBe(`${before} ${s}`);
});

test('a sentence that only continues the one before is quoted with it, never alone', () => {
	const s = 'Parmi eux, 5 personnes ont été blessées dans la bousculade du soir.';
	expect(passageOf([before, s])).toBe(`${before} ${s}`);
	expect(passageOf([s])).toBeNull();
});

test('an impersonal `Il` and a possessive start read around a gap; a personal `Il` does not', () => {
	const impersonal =
		'Il s’agissait du premier déplacement du président depuis sa visite à Naples le 27 février.';
	expect(passageOf([impersonal])).toBe(impersonal);
	const possessive =
		'Son premier mandat de sept ans est marqué par la guerre et la décolonisation.';
	expect(passageOf([possessive])).toBe(possessive);
	expect(
		passageOf(['Il a été élu en 1958 avec une large majorité des voix du collège.'])
	).toBeNull();
});
