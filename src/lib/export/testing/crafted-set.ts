import * as v from 'valibot';
import { QuestionSet, type Question } from '$lib/questions/schema';

const S = '\u00A0';
/** Every character GIFT, XML or CDATA reserves, in French typography. */
export const NASTY = `{prix} = 5${S}% ~ #1 \\ <b>&amp;</b> ]]> l’a dit${S}: «${S}oui${S}»`;

const base = (id: string, skill: Question['skill']) => ({
	id,
	evidence: [
		{
			article: 'art-test',
			start: 0,
			end: 40,
			quote: `Le maire l'a dit${S}: «${S}{budget} = 10${S}%${S}».`
		},
		{ article: 'art-autre', start: 5, end: 30, quote: 'Une seconde source ]]> confirme.' }
	],
	explanation: {
		fr: `L’article le dit${S}: «${S}Le maire l'a dit${S}: «${S}{budget} = 10${S}%${S}».${S}» ~ #fin`,
		en: 'The article says so.'
	},
	skill,
	difficulty: 2 as const
});

const c = (id: string, text: string, correct: boolean) => ({ id, text, correct });

/** A set with one question of every type, each full of characters the formats reserve. */
export const crafted: QuestionSet = v.parse(QuestionSet, {
	id: 'test-crafted',
	kind: 'comprehension',
	title: { fr: `Essai${S}: tous les types / «${S}pièges${S}»`, en: 'Test: every type' },
	description: { fr: 'Un jeu d’essai.', en: 'A test set.' },
	articles: ['art-test'],
	skill: 'comprehension',
	level: 'B1',
	questions: [
		{
			...base('q-0000000001', 'identify-actors'),
			type: 'single',
			prompt: `Qui a écrit ${NASTY}${S}?`,
			choices: [
				c('a', `Le ministre${S}: «${S}Non${S}!${S}»`, false),
				c('b', `L’élue #1 = {moi}`, true),
				c('c', '%50 des élus', false)
			]
		},
		{
			...base('q-0000000002', 'identify-actors'),
			type: 'multiple',
			prompt: `Quels noms manquent${S}? Plusieurs réponses.\n«${S}[…] et […] ont dit${S}: non${S}»`,
			choices: [
				c('a', 'Jean ~ Paul', true),
				c('b', 'Marie = Anne', true),
				c('c', 'Ève <Durand>', false),
				c('d', 'Luc & Co', false)
			]
		},
		{
			...base('q-0000000003', 'check-statements'),
			type: 'true-false',
			prompt: 'Cette affirmation est-elle vraie ou fausse ?',
			statement: `Le budget {total} atteint 10${S}%${S}: c’est «${S}inédit${S}».`,
			choices: [c('a', 'Vrai', false), c('b', 'Faux', true)]
		},
		{
			...base('q-0000000004', 'read-numbers'),
			type: 'cloze',
			prompt: `Complétez la phrase${S}: quel nombre manque${S}?`,
			before: `Le tarif passe à `,
			after: ` €${S}: une hausse «${S}historique${S}» = {record}.`,
			accept: ['12,50', 'douze euros cinquante']
		},
		{
			...base('q-0000000005', 'identify-roles'),
			type: 'short',
			prompt: `Qui est l’auteur de «${S}#RienÀCacher${S}»${S}?`,
			accept: [`Jean-Luc d'Arc`, 'd’Arc = JL']
		},
		{
			...base('q-0000000006', 'order-events'),
			type: 'ordering',
			prompt: 'Remettez ces événements dans l’ordre.',
			items: [
				{ id: '2', text: 'Le vote : {adopté}' },
				{ id: '1', text: 'Le dépôt du texte' },
				{ id: '3', text: 'La promulgation' }
			],
			order: ['1', '2', '3']
		},
		{
			...base('q-0000000007', 'attribute-quotes'),
			type: 'matching',
			prompt: 'Qui a dit quoi ?',
			left: [
				{ id: 'a', text: `«${S}Il faut agir = vite${S}»` },
				{ id: 'b', text: `«${S}Non ~ jamais${S}»` }
			],
			right: [
				{ id: 'x', text: 'La ministre : Anne' },
				{ id: 'y', text: 'Le maire #2' },
				{ id: 'z', text: 'Un syndicat' }
			],
			pairs: [
				{ left: 'a', right: 'x' },
				{ left: 'b', right: 'y' }
			]
		},
		{
			...base('q-0000000008', 'fact-or-opinion'),
			type: 'classification',
			prompt: 'Cette phrase est-elle un fait ou une opinion ?',
			text: `Selon nous, c’est une erreur${S}: il faut agir${S}!`,
			choices: [c('a', 'Fait', false), c('b', 'Opinion', true)]
		},
		{
			...base('q-0000000009', 'identify-sources'),
			type: 'evidence',
			prompt: 'Quelle phrase prouve cette affirmation ?',
			claim: 'Le budget a augmenté de 10 % {en un an}.',
			sentences: [
				c('a', 'Le maire parle.', false),
				c('b', `Le budget = +10${S}%.`, true),
				c('c', 'Rien ne change ~ dit-il.', false)
			]
		}
	]
});
