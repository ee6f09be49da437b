import { removeBlocks, type Draft } from '../draft';

/**
 * Words of a news site's menus and widgets that scrapers leave in the text, each alone on its
 * line: `Sommaire`, `Fermer`, `En ce moment`, `En direct`. A line is dropped only when it is
 * exactly one of them, so a sentence using these words is never touched.
 */
const NAVIGATION = new Set(
	[
		'sommaire',
		'fermer',
		'en ce moment',
		'en direct',
		'menu',
		'accueil',
		'rechercher',
		'recherche',
		'partager',
		'partager cet article',
		'partager sur facebook',
		'partager sur twitter',
		'tweeter',
		'imprimer',
		'envoyer',
		'lire aussi',
		'à lire aussi',
		'a lire aussi',
		'voir aussi',
		'lire la suite',
		'publicité',
		'retour',
		'haut de page',
		'suivez-nous',
		'les plus lus',
		'sur le même sujet',
		'dans la même rubrique',
		'articles similaires',
		'à découvrir',
		'vidéos',
		'se connecter',
		'connexion',
		'mon compte',
		"plus d'infos",
		'fil info',
		'à la une'
	].map((w) => w.normalize('NFC'))
);

/** True when the line is only a menu or widget word. */
export function isNavigation(line: string): boolean {
	return NAVIGATION.has(
		line
			.toLowerCase()
			.replace(/[\s:.…>»›]+$/u, '')
			.trim()
	);
}

/** Drops lines that are only a site's menu or widget words. */
export function removeNavigation(draft: Draft): Draft {
	return removeBlocks(draft, (b) => (isNavigation(b.text) ? 'navigation' : null));
}
