import { describe, expect, test } from 'vitest';
import { classifyParagraphs } from './classify-paragraphs';
import { detectTitle } from './detect-title';
import { joinBrokenLines } from './join-broken-lines';
import { readMetadataLine } from './read-metadata-line';
import { readSectionLabel } from './read-section-label';
import { readSourceLine } from './read-source-line';
import { splitGluedSentences } from './split-glued-sentences';
import { unglueCaption } from './unglue-caption';
import { draftOf, lines } from './test-draft';

const BODY =
	'Le fondateur a confirmé sur son profil que le service serait coupé pendant une semaine.';

describe('detectTitle', () => {
	test('takes a short first line followed by a paragraph break as the headline', () => {
		const d = detectTitle(
			draftOf(`Parler : AWS refuse d’héberger l’appli, déjà bannie par Apple\n\n${BODY}`)
		);
		expect(d.title).toBe('Parler : AWS refuse d’héberger l’appli, déjà bannie par Apple');
		expect(lines(d)).toEqual([BODY]);
	});
	test.each([
		[
			'a first sentence ending with a full stop',
			`AWS a révoqué ses services d’hébergement.\n\n${BODY}`
		],
		['a first line broken mid-paragraph', `Le siège du Capitole\n${BODY}`],
		['a single paragraph', BODY]
	])('leaves the title unknown for %s', (_, text) => {
		expect(detectTitle(draftOf(text)).title).toBeNull();
	});
});

describe('readMetadataLine', () => {
	test('reads a leading `date` field and keeps the sentence glued to it', () => {
		const d = readMetadataLine(
			draftOf(`date 2021-01 Amazon Web Services (AWS) a également rendu l'accès impossible.`)
		);
		expect(d.meta.date).toBe('2021-01');
		expect(lines(d)).toEqual(["Amazon Web Services (AWS) a également rendu l'accès impossible."]);
		expect(d.removed).toEqual([{ text: 'date 2021-01', reason: 'metadata-line' }]);
	});
	test('reads a French dateline', () => {
		const d = readMetadataLine(draftOf(`Publié le 9 janvier 2021 à 18h32\n${BODY}`));
		expect(d.meta.date).toBe('2021-01-09');
	});
	test('does not take a date mentioned in the text for the date of the page', () => {
		const d = readMetadataLine(
			draftOf('Le 6 janvier 2021, une horde de manifestants prenait le Capitole.')
		);
		expect(d.meta.date).toBeNull();
	});
});

describe('readSourceLine', () => {
	test.each([
		['Via BBC', 'BBC'],
		['(Avec AFP)', 'AFP'],
		['Source : Le Monde', 'Le Monde']
	])('reads %s', (line, via) => {
		const d = readSourceLine(draftOf(`${BODY}\n${line}`));
		expect(d.meta.via).toBe(via);
		expect(lines(d)).toEqual([BODY]);
	});
	test('keeps a last sentence that starts with "avec"', () => {
		const last = 'Avec ses alliés, il prépare la riposte pour la semaine prochaine.';
		expect(readSourceLine(draftOf(`${BODY}\n${last}`)).meta.via).toBeNull();
	});
});

describe('readSectionLabel', () => {
	test('takes a hyphenated section name off the first paragraph', () => {
		const d = readSectionLabel(
			draftOf(`France-Monde. Après Google et Apple, Amazon coupe les ponts.`)
		);
		expect(d.meta.section).toBe('France-Monde');
		expect(lines(d)).toEqual(['Après Google et Apple, Amazon coupe les ponts.']);
	});
	test('leaves a first sentence alone', () => {
		expect(readSectionLabel(draftOf(BODY)).meta.section).toBeNull();
	});
});

describe('joinBrokenLines', () => {
	test('joins a sentence broken over lines in lower case and a stray final stop', () => {
		const d = joinBrokenLines(draftOf('Le siège du Capitole\na\nété fomenté par les mots\n.'));
		expect(lines(d)).toEqual(['Le siège du Capitole a été fomenté par les mots.']);
	});
	test('joins the line after a glued sentence opener', () => {
		const d = joinBrokenLines(
			draftOf('ont un contrôle incroyable sur le webSelon\nParler, la démarche vise Twitter.')
		);
		expect(lines(d)).toEqual([
			'ont un contrôle incroyable sur le webSelon Parler, la démarche vise Twitter.'
		]);
	});
	test('never joins across a blank line, nor after a finished sentence', () => {
		const text = `Ce n'est désormais plus possible.\n\nrefuse d'héberger Parler sur son Cloud\n${BODY}`;
		expect(lines(joinBrokenLines(draftOf(text)))).toHaveLength(3);
	});
});

describe('unglueCaption', () => {
	test('removes a caption glued to the first word of the next sentence, which stays whole', () => {
		const d = unglueCaption(
			draftOf(
				'Le siège du Capitole a été fomenté par les mots du président sortant TrumpLe choix de Parler a coûté cher.'
			)
		);
		expect(lines(d)).toEqual(['Le choix de Parler a coûté cher.']);
		expect(d.removed).toEqual([
			{
				text: 'Le siège du Capitole a été fomenté par les mots du président sortant Trump',
				reason: 'glued-caption'
			}
		]);
	});
	test('keeps a short glued sub-heading as a heading', () => {
		const d = unglueCaption(
			draftOf("Moins de déchetsL'État s'engage à utiliser du papier recyclé.")
		);
		expect(d.blocks.map((b) => [b.text, b.kind])).toEqual([
			['Moins de déchets', 'heading'],
			["L'État s'engage à utiliser du papier recyclé.", null]
		]);
	});
	test.each([
		['Le rachat de TikTok par Microsoft inquiète Pékin.'],
		['Le site BuzzFeed News a publié la lettre.'],
		["Il l'a annoncé sur YouTube. Le lendemain, il s'est rétracté."]
	])('leaves brand names in camel case alone: %s', (text) => {
		expect(unglueCaption(draftOf(text)).removed).toEqual([]);
	});
});

describe('splitGluedSentences', () => {
	test.each([
		['...le 14 juillet.Après un week-end', ['...le 14 juillet.', 'Après un week-end']],
		['il a déclaré à Poutine."Un référendum', ['il a déclaré à Poutine.', '"Un référendum']],
		[
			'"Nous irons jusqu\'au bout de la réforme russe."L\'opposition',
			['"Nous irons jusqu\'au bout de la réforme russe."', "L'opposition"]
		],
		['de 48%".Les associations', ['de 48%".', 'Les associations']],
		['sur lesanimaux.fr.Pour', ['sur lesanimaux.fr.', 'Pour']]
	])('splits %s', (text, expected) => {
		expect(lines(splitGluedSentences(draftOf(text)))).toEqual(expected);
	});
	test('makes a glued agency sub-heading its own heading', () => {
		const d = splitGluedSentences(
			draftOf('la Maison Blanche.- Possible veto de Pékin -Cette affaire illustre la bataille.')
		);
		expect(d.blocks.map((b) => [b.text, b.kind])).toEqual([
			['la Maison Blanche.', null],
			['- Possible veto de Pékin -', 'heading'],
			['Cette affaire illustre la bataille.', null]
		]);
	});
	test.each([
		['Le colis est arrivé à 08H00 GMT, soit 15.000 exemplaires.'],
		['Il vit à Washington D.C. depuis 2019.'],
		['Le site Amazon.com est en panne.'],
		['Elle a cité J.K. Rowling.']
	])('leaves alone %s', (text) => {
		expect(lines(splitGluedSentences(draftOf(text)))).toEqual([text]);
	});
});

describe('classifyParagraphs', () => {
	test('marks short unfinished lines between paragraphs as headings', () => {
		const d = classifyParagraphs(
			draftOf(`${BODY}\nRepartir de zéro\n${BODY}\n"Effort coordonné"\n${BODY}`)
		);
		expect(d.blocks.map((b) => b.kind)).toEqual(['body', 'heading', 'body', 'heading', 'body']);
	});
	test('a last line without a final stop is text, not a heading', () => {
		const d = classifyParagraphs(
			draftOf(`${BODY}\nMais il attire désormais des voix conservatrices`)
		);
		expect(d.blocks.map((b) => b.kind)).toEqual(['body', 'body']);
	});
	test('a line ending on a preposition is broken text, not a heading', () => {
		const d = classifyParagraphs(draftOf(`Selon\n${BODY}`));
		expect(d.blocks[0]!.kind).toBe('body');
	});
});
