/**
 * Small closed classes of French words the refiners rely on. They are facts of the language,
 * not of any article: the words a French sentence can start with, and the words that cannot end one.
 */

/** Words that often open a French sentence: determiners, pronouns, prepositions, conjunctions. */
export const SENTENCE_OPENERS = [
	'Le',
	'La',
	'Les',
	'Un',
	'Une',
	'Des',
	'Du',
	'De',
	'Au',
	'Aux',
	'Ce',
	'Cet',
	'Cette',
	'Ces',
	'Il',
	'Elle',
	'Ils',
	'Elles',
	'On',
	'Nous',
	'Vous',
	'Je',
	'Son',
	'Sa',
	'Ses',
	'Leur',
	'Leurs',
	'Selon',
	'Après',
	'Avant',
	'Dans',
	'Depuis',
	'Pour',
	'Par',
	'Sur',
	'Sous',
	'Avec',
	'Sans',
	'Mais',
	'Et',
	'Or',
	'Donc',
	'Car',
	'Si',
	'Quand',
	'Lorsque',
	'Alors',
	'Ainsi',
	'Pourtant',
	'Cependant',
	'Toutefois',
	'Enfin',
	'Puis',
	'Comme',
	'Parmi',
	'Malgré',
	'Lors',
	'Dès',
	'En',
	'Outre',
	'Face',
	'Entre',
	'Pendant'
];

/** Words after which a French sentence cannot stop: articles, prepositions, conjunctions. */
export const NON_FINAL_WORDS = new Set(
	(
		'le la les un une des du de d l au aux à ce cet cette ces son sa ses leur leurs mon ma mes ' +
		'selon après avant dans depuis pour par sur sous avec sans entre vers chez contre ' +
		'et ou mais donc car que qui dont si quand comme lorsque'
	).split(' ')
);
