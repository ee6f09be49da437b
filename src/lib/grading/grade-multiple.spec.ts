import { describe, expect, test } from 'vitest';
import type { QuestionOf } from '../questions/schema';
import { gradeMultiple } from './grade-multiple';

/** `right` and `wrong` are the counts of right and wrong choices, ids a, b, c… right first. */
function question(right: number, wrong: number): QuestionOf<'multiple'> {
	return {
		id: 'q-0000000002',
		prompt: 'D’après l’article, quelles entreprises ont retiré l’application ?',
		evidence: [{ article: 'a', start: 0, end: 5, quote: 'texte' }],
		explanation: { fr: 'Voir l’article.', en: 'See the article.' },
		skill: 'identify-actors',
		difficulty: 2,
		type: 'multiple',
		choices: Array.from({ length: right + wrong }, (_, i) => ({
			id: 'abcdefgh'[i]!,
			text: `Entreprise ${i}`,
			correct: i < right
		}))
	};
}

describe('gradeMultiple', () => {
	test.each([
		// R = 2, W = 2: right picks +1/2, wrong picks −1/2
		[2, 2, ['a', 'b'], 'right', 1, []],
		[2, 2, ['b', 'a'], 'right', 1, []],
		[2, 2, ['a'], 'partial', 0.5, [['missed-picks', 1, 2]]],
		[2, 2, ['a', 'b', 'c'], 'partial', 0.5, [['wrong-picks', 1, 2]]],
		[
			2,
			2,
			['a', 'c'],
			'wrong',
			0,
			[
				['wrong-picks', 1, 2],
				['missed-picks', 1, 2]
			]
		],
		[2, 2, ['a', 'b', 'c', 'd'], 'wrong', 0, [['wrong-picks', 2, 2]]],
		[
			2,
			2,
			['c', 'd'],
			'wrong',
			0,
			[
				['wrong-picks', 2, 2],
				['missed-picks', 2, 2]
			]
		],
		// R = 3, W = 1: one wrong pick cancels everything
		[3, 1, ['a', 'b'], 'partial', 0.67, [['missed-picks', 1, 3]]],
		[3, 1, ['a', 'b', 'c', 'd'], 'wrong', 0, [['wrong-picks', 1, 1]]],
		// R = 2, W = 3: a wrong pick costs a third
		[2, 3, ['a', 'b', 'c'], 'partial', 0.67, [['wrong-picks', 1, 3]]],
		[
			2,
			3,
			['a', 'c'],
			'partial',
			0.17,
			[
				['wrong-picks', 1, 3],
				['missed-picks', 1, 2]
			]
		],
		// repeated picks count once; unknown ids are wrong picks
		[2, 2, ['a', 'a', 'b', 'b'], 'right', 1, []],
		[2, 2, ['a', 'b', 'z'], 'partial', 0.5, [['wrong-picks', 1, 2]]]
	] as const)('R=%i W=%i, picks %j: %s, %d', (right, wrong, picks, verdict, points, notes) => {
		expect(gradeMultiple(question(right, wrong), [...picks])).toEqual({
			verdict,
			points,
			max: 1,
			notes: notes.map(([code, count, total]) => ({ code, count, total }))
		});
	});

	test('never below zero, never above one', () => {
		for (const picks of [['c', 'd', 'e'], ['a', 'b', 'c', 'd', 'e'], []]) {
			const { points } = gradeMultiple(question(2, 3), picks);
			expect(points).toBeGreaterThanOrEqual(0);
			expect(points).toBeLessThanOrEqual(1);
		}
	});
});
