import { expect, test } from 'vitest';
import { extractNatures } from './extract-natures';
import { mention, sentence } from './test-sentence';

/** The nature found for each name, as `name:nature`. */
function natures(text: string, names: string[]): string[] {
	const s = sentence(text);
	return extractNatures(
		s,
		names.map((n) => mention(text, n))
	).map(({ m, nature }) => `${m.text}:${nature}`);
}

test('a noun before `comme` gives its family to every name of the list', () => {
	expect(
		natures(
			'D’autres réseaux grand public comme Facebook, Instagram ou Twitch ont suspendu son compte.',
			['Facebook', 'Instagram', 'Twitch']
		)
	).toEqual(['Facebook:social', 'Instagram:social', 'Twitch:social']);
});

test('a noun in apposition, before or after the name', () => {
	expect(natures('Le parti libéral Iabloko a appelé au boycott.', ['Iabloko'])).toEqual([
		'Iabloko:civic'
	]);
	expect(natures('Elle a rejoint Gab, une plateforme sociale très prisée.', ['Gab'])).toEqual([
		'Gab:social'
	]);
});

test('no family from a verb or a complement between the noun and the name', () => {
	expect(
		natures("Amazon veut éviter que l'appli puisse utiliser Amazon Web Services.", [
			'Amazon Web Services'
		])
	).toEqual([]);
	expect(natures('Le groupe a racheté la société de Jeff Bezos.', ['Jeff Bezos'])).toEqual([]);
	// `groupe` may be a firm, a party's group or an armed group: no family.
	expect(natures('Le groupe jihadiste Al-Qaïda a revendiqué l’attaque.', ['Al-Qaïda'])).toEqual([]);
});
