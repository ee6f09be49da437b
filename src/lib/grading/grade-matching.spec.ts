import { describe, expect, test } from 'vitest';
import type { QuestionOf } from '../questions/schema';
import { gradeMatching } from './grade-matching';

const question: QuestionOf<'matching'> = {
	id: 'q-0000000004',
	prompt: 'Associez chaque citation à la personne qui l’a prononcée.',
	evidence: [{ article: 'a', start: 0, end: 5, quote: 'texte' }],
	explanation: { fr: 'Voir l’article.', en: 'See the article.' },
	skill: 'attribute-quotes',
	difficulty: 2,
	type: 'matching',
	left: [
		{ id: 'q1', text: '« Nous ne pouvons pas héberger ce service. »' },
		{ id: 'q2', text: '« C’est une attaque contre la liberté d’expression. »' },
		{ id: 'q3', text: '« Les règles sont les mêmes pour tous. »' }
	],
	right: [
		{ id: 'p1', text: 'Le porte-parole de l’hébergeur' },
		{ id: 'p2', text: 'Le fondateur de l’application' },
		{ id: 'p3', text: 'La ministre' },
		{ id: 'p4', text: 'Un avocat' }
	],
	pairs: [
		{ left: 'q1', right: 'p1' },
		{ left: 'q2', right: 'p2' },
		{ left: 'q3', right: 'p3' }
	]
};

describe('gradeMatching', () => {
	test.each([
		[{ q1: 'p1', q2: 'p2', q3: 'p3' }, 'right', 1, null],
		[{ q1: 'p1', q2: 'p2', q3: 'p4' }, 'partial', 0.67, 2],
		[{ q1: 'p1', q2: 'p3', q3: 'p2' }, 'partial', 0.33, 1],
		[{ q1: 'p1' }, 'partial', 0.33, 1],
		[{ q1: 'p2', q2: 'p3', q3: 'p1' }, 'wrong', 0, 0],
		[{}, 'wrong', 0, 0],
		// keys the question does not have are ignored
		[{ q1: 'p1', q2: 'p2', q3: 'p3', q9: 'p4' }, 'right', 1, null],
		[{ toString: 'p1' }, 'wrong', 0, 0]
	] as const)('%j: %s, %d', (pairs, verdict, points, count) => {
		expect(gradeMatching(question, { ...pairs })).toEqual({
			verdict,
			points,
			max: 1,
			notes: count === null ? [] : [{ code: 'matches-right', count, total: 3 }]
		});
	});
});
