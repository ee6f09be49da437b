import { describe, expect, test } from 'vitest';
import { removeNavigation } from './remove-navigation';
import { removePageFooter } from './remove-page-footer';
import { removePhotoCaption } from './remove-photo-caption';
import { removePrompts } from './remove-prompts';
import { removeRepeatedTitle } from './remove-repeated-title';
import { removeTagLine } from './remove-tag-line';
import { draftOf, lines } from './test-draft';

const BODY =
	'Le Sénat a voté mercredi en première lecture les projets de loi sur la dette sociale, qui creusent fortement le trou de la Sécu.';

describe('removeTagLine', () => {
	test('drops a leading line of lower-case keywords', () => {
		const d = removeTagLine(draftOf(`parler amazon google apple\n\nTitre\n\n${BODY}`));
		expect(lines(d)).toEqual(['Titre', BODY]);
		expect(d.removed).toEqual([{ text: 'parler amazon google apple', reason: 'tag-line' }]);
	});
	test.each([
		["refuse d'héberger Parler sur son Cloud"],
		['la réforme des retraites'],
		['Parler : AWS refuse d’héberger l’appli']
	])('keeps a first line that is a sentence or a headline: %s', (first) => {
		const d = removeTagLine(draftOf(`${first}\n\n${BODY}`));
		expect(d.removed).toEqual([]);
	});
});

describe('removeNavigation', () => {
	test('drops menu words alone on their line', () => {
		const d = removeNavigation(
			draftOf(`En ce moment\n\n${BODY}\nSommaire\nFermer\n${BODY}\nEn direct`)
		);
		expect(lines(d)).toEqual([BODY, BODY]);
		expect(d.removed.map((r) => r.reason)).toEqual(Array(4).fill('navigation'));
	});
	test('keeps sentences that use the same words', () => {
		const text =
			'Le match sera diffusé en direct samedi.\nIl faut fermer la frontière, estime-t-il.';
		expect(removeNavigation(draftOf(text)).removed).toEqual([]);
	});
});

describe('removePrompts', () => {
	test.each([
		['Newsletter', 'newsletter-prompt'],
		[
			'Envie de ne louper aucun de nos articles ? Abonnez vous pour recevoir chaque semaine les meilleurs actualités.',
			'newsletter-prompt'
		],
		[
			'Restez informé ! Recevez des alertes pour être au courant de toutes les dernières actualités.',
			'newsletter-prompt'
		],
		['Inscrivez-vous à notre lettre quotidienne', 'newsletter-prompt'],
		['Cliquez pour commenter', 'comment-prompt'],
		["L'espace des commentaires est ouvert aux inscrits.", 'comment-prompt'],
		['Connectez-vous ou créez un compte pour pouvoir commenter cet article.', 'comment-prompt']
	])('drops %s', (line, reason) => {
		const d = removePrompts(draftOf(`${BODY}\n${line}`));
		expect(d.removed).toEqual([{ text: line, reason }]);
	});
	test.each([
		['Le quotidien a lancé une newsletter consacrée au climat.'],
		['Les commentaires du ministre ont été mal reçus par les syndicats.'],
		['Plus de 3 millions de personnes se sont abonnées au service en un an.']
	])('keeps article sentences about the same things: %s', (line) => {
		expect(removePrompts(draftOf(line)).removed).toEqual([]);
	});
});

describe('removeRepeatedTitle', () => {
	test('drops the headline printed again, case and spacing aside', () => {
		const title = 'Après Google et Apple, Amazon coupe les ponts';
		const d = removeRepeatedTitle(
			draftOf(`${BODY}\nAPRÈS GOOGLE ET APPLE,  Amazon coupe les ponts.`, title)
		);
		expect(lines(d)).toEqual([BODY]);
		expect(d.removed[0]!.reason).toBe('repeated-title');
	});
	test('keeps a sentence that only starts like the headline', () => {
		const title = 'Amazon coupe les ponts';
		expect(
			removeRepeatedTitle(draftOf('Amazon coupe les ponts avec Parler lundi.', title)).removed
		).toEqual([]);
	});
});

describe('removePhotoCaption', () => {
	test('drops a caption with an agency credit and records the credit', () => {
		const caption =
			'(ARCHIVES) Photo prise le 1er juillet 2020 du logo du réseau social - Jean DUPONT [AFP/Archives]';
		const d = removePhotoCaption(draftOf(`${BODY}\n${caption}`));
		expect(lines(d)).toEqual([BODY]);
		expect(d.removed).toEqual([{ text: caption, reason: 'photo-caption' }]);
		expect(d.meta.credits).toEqual(['Jean DUPONT [AFP/Archives]']);
	});
	test.each([
		['Le président lors de sa visite à Lyon. © Reuters', 'Reuters'],
		['Des manifestants devant la préfecture (Photo : Maxppp)', 'Maxppp'],
		['La façade du palais, jeudi / AFP', 'AFP']
	])('drops %s', (caption, credit) => {
		const d = removePhotoCaption(draftOf(caption));
		expect(d.meta.credits).toEqual([credit]);
	});
	test('keeps running text that mentions a photo or an agency', () => {
		const text =
			"Selon une photo publiée par l'AFP, la foule était dense devant le Capitole mercredi.";
		expect(removePhotoCaption(draftOf(text)).removed).toEqual([]);
	});
});

describe('removePageFooter', () => {
	const footer = [
		'Petites Annonces',
		'Immobilier',
		'Appartement t2',
		'Appartement t2 Gex (01170) 940€ Découvrir',
		'Automobile',
		'Vends Peugeot 308 essence',
		'Vends Peugeot 308 essence Limoges (87000) 9 790€ Découvrir',
		"L'application mobile du journal",
		'Les concerts avec le journal'
	];
	test('drops classified ads and site links after the article, each with its reason', () => {
		const d = removePageFooter(draftOf([BODY, BODY, ...footer].join('\n')));
		expect(lines(d)).toEqual([BODY, BODY]);
		expect(d.removed.map((r) => r.reason)).toEqual([
			...Array(7).fill('classified-ads'),
			'site-links',
			'site-links'
		]);
	});
	test('keeps everything when prose follows the widgets', () => {
		const d = removePageFooter(draftOf(['Petites Annonces', BODY].join('\n')));
		expect(d.removed).toEqual([]);
	});
	test('keeps an article with no footer untouched', () => {
		const d = removePageFooter(draftOf(`${BODY}\n${BODY}`));
		expect(lines(d)).toEqual([BODY, BODY]);
	});
});
