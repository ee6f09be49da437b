import { describe, expect, test } from 'vitest';
import { speakerAfter, speakerBefore, speakerSelon } from './attribution';
import { quoteMarks } from './quote-marks';
import { extractQuotes } from './extract-quotes';
import type { CleanArticle } from '../types';

/** A one-paragraph article whose sentences end at `. ` (tests only). */
function article(text: string): CleanArticle {
	const sentences = [...text.matchAll(/[^.!?]+[.!?]+(?:["»”']+)?\s*/gu)].map((m) => ({
		start: m.index,
		end: m.index + m[0].trimEnd().length,
		paragraph: 0
	}));
	return {
		id: 'a',
		title: null,
		lang: 'fr',
		text,
		paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
		sentences,
		removed: [],
		meta: {
			source: 'a',
			format: 'text',
			date: null,
			outlet: null,
			via: null,
			section: null,
			credits: []
		}
	};
}

describe('quoteMarks', () => {
	test.each([
		['« Nous serons là », a dit le préfet.', 'Nous serons là'],
		["L'application » Parler « , massivement utilisée.", 'Parler'],
		["“Ce n'est pas son heure”, estime-t-elle.", "Ce n'est pas son heure"],
		['"Nous allons tout faire", a-t-il ajouté.', 'Nous allons tout faire'],
		[
			"'Il est clair que Parler ne dispose pas des moyens', précise-t-on.",
			'Il est clair que Parler ne dispose pas des moyens'
		]
	])('%s', (text, words) => {
		const [q] = quoteMarks(text);
		expect(text.slice(q!.start, q!.end)).toBe(words);
	});
	test.each([
		["L'application n'a pas d'avenir, aujourd'hui."],
		['Google avait mentionné la présence de messages "incitant à la violence.']
	])('finds no quotation in: %s', (text) => {
		expect(quoteMarks(text)).toEqual([]);
	});
});

describe('attribution', () => {
	test.each([
		[', a déclaré Matze.', 'Matze', 'name'],
		[', a-t-il ajouté.', 'il', 'pronoun'],
		[", souligne auprès de l'AFP Vitali Chkliarov, chercheur.", 'Vitali Chkliarov', 'name'],
		[', a déploré le patron de Parler.', 'le patron de Parler', 'description'],
		[', a pour sa part souligné M. Wray.', 'M. Wray', 'name'],
		[" s'est indigné Carys Roberts, directeur.", 'Carys Roberts', 'name']
	])('after the quote: %s', (after, speaker, by) => {
		expect(speakerAfter(after)).toMatchObject({ text: speaker, by });
	});
	test('an impersonal passive goes on with the source quoted before', () => {
		expect(speakerAfter(', est-il ajouté dans la lettre du ministère.')).toMatchObject({
			text: 'il',
			by: 'pronoun',
			verb: 'ajouté',
			back: 'speaker'
		});
		expect(speakerAfter(', était-il précisé dans le communiqué.')).toMatchObject({
			verb: 'précisé',
			back: 'speaker'
		});
	});
	test('`y déclare-t-on`: `on` at the place the sentence before is about', () => {
		expect(speakerAfter(', y déclare-t-on.')).toMatchObject({
			text: 'on',
			verb: 'déclare',
			back: 'subject'
		});
	});
	test.each([
		[', est-il possible de le croire ?'],
		[', y pense-t-on.'],
		[', y a-t-il un risque ?']
	])('no impersonal speaker in: %s', (after) => expect(speakerAfter(after)).toBeNull());
	test('précise-t-on chez Amazon: the organisation speaks', () => {
		expect(speakerAfter(', précise-t-on chez Amazon dans un mail.')).toMatchObject({
			chez: 'Amazon'
		});
	});
	test.each([
		[', mais il faut attendre.'],
		['. Le lendemain, tout change.'],
		[' en enregistrant un testament.']
	])('no speaker after: %s', (after) => expect(speakerAfter(after)).toBeNull());
	test('the subject of a reporting verb', () => {
		expect(
			speakerBefore("Le fondateur de Parler, John Matz, a confirmé sur son profil qu'il était ")
				?.text
		).toBe('Le fondateur de Parler, John Matz');
		expect(
			speakerBefore('Dans une lettre adressée au site conservateur, Amazon dit avoir ')?.text
		).toBe('Amazon');
		expect(
			speakerBefore('Les changements renforcent certaines prérogatives du président et la ')
		).toBeNull();
	});
	test('selon', () => {
		expect(speakerSelon('Selon Google, dans les jours qui ont suivi, …')?.text).toBe('Google');
		expect(speakerSelon('Selon le CEO, John Matze, les GAFAM ont…')?.text).toBe(
			'le CEO, John Matze'
		);
		expect(speakerSelon('La sélection a été annoncée mardi.')).toBeNull();
	});
});

describe('extractQuotes', () => {
	test('direct, partial and indirect speech, with their speakers as written', () => {
		const a = article(
			'Le fondateur de Parler, John Matz, a confirmé sur son profil qu\'il était "possible que le réseau ne soit pas accessible". "Nous allons tout faire pour trouver un nouveau fournisseur", a-t-il ajouté. AWS a déclaré avoir trouvé 98 publications sur Parler.'
		);
		const found = extractQuotes(a).map((q) => [q.form, q.speaker.text]);
		expect(found).toEqual([
			['partial', 'Le fondateur de Parler, John Matz'],
			['direct', 'il'],
			['indirect', 'AWS']
		]);
	});
	test('scare quotes credited to nobody yield nothing', () => {
		const a = article(
			'Le Sénat a voté mercredi les textes qui creusent le "trou de la Sécu" après la crise.'
		);
		expect(extractQuotes(a)).toEqual([]);
	});
});
