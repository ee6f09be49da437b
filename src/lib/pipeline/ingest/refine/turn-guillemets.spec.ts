import { expect, test } from 'vitest';
import { block, type Draft } from '../draft';
import { turnGuillemets } from './turn-guillemets';

const turn = (text: string) =>
	turnGuillemets({ title: null, blocks: [block(text)], removed: [], meta: {} } as unknown as Draft)
		.blocks[0]!.text;

test.each([
	[
		"L'application » Parler « , massivement utilisée, est bannie.",
		"L'application « Parler », massivement utilisée, est bannie."
	],
	[
		'Le parti » Renaissance « pour avoir échoué à convaincre.',
		'Le parti « Renaissance » pour avoir échoué à convaincre.'
	],
	[
		'Le maire dit que la ville » ne peut plus payer « . Le document souligne que le projet «  pose un risque « .',
		'Le maire dit que la ville « ne peut plus payer ». Le document souligne que le projet « pose un risque ».'
	]
])('turns: %s', (input, expected) => {
	expect(turn(input)).toBe(expected);
});

test.each([
	// Already the right way round.
	['Le réseau social de «liberté d’expression» Parler a fermé.'],
	['« Nous allons faire de notre mieux », a déclaré le PDG.'],
	// An odd mark: something was lost, nothing is guessed.
	['Le groupe dit avoir » observé une hausse des contenus violents.']
])('leaves as it is: %s', (input) => {
	expect(turn(input)).toBe(input);
});
