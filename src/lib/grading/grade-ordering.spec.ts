import { describe, expect, test } from 'vitest';
import type { QuestionOf } from '../questions/schema';
import { gradeOrdering } from './grade-ordering';

const question: QuestionOf<'ordering'> = {
	id: 'q-0000000003',
	prompt: 'Remettez les événements dans l’ordre où ils se sont produits.',
	evidence: [{ article: 'a', start: 0, end: 5, quote: 'texte' }],
	explanation: { fr: 'Voir l’article.', en: 'See the article.' },
	skill: 'order-events',
	difficulty: 2,
	type: 'ordering',
	items: [
		{ id: 'c', text: 'Amazon coupe l’hébergement.' },
		{ id: 'a', text: 'Des manifestants envahissent le Capitole.' },
		{ id: 'd', text: 'L’application porte plainte.' },
		{ id: 'b', text: 'Apple retire l’application.' }
	],
	order: ['a', 'b', 'c', 'd']
};

describe('gradeOrdering', () => {
	test('the exact order earns the point', () => {
		expect(gradeOrdering(question, ['a', 'b', 'c', 'd'])).toEqual({
			verdict: 'right',
			points: 1,
			max: 1,
			notes: []
		});
	});

	test.each([
		// one swap of neighbours breaks one pair of six
		[['b', 'a', 'c', 'd'], 'partial', 0.83, 5],
		[['a', 'b', 'd', 'c'], 'partial', 0.83, 5],
		// the first moved last breaks three
		[['b', 'c', 'd', 'a'], 'partial', 0.5, 3],
		// the order shown
		[['c', 'a', 'd', 'b'], 'partial', 0.5, 3],
		// backwards: no pair right
		[['d', 'c', 'b', 'a'], 'wrong', 0, 0],
		// a missing item breaks its three pairs
		[['a', 'b', 'c'], 'partial', 0.5, 3],
		// unknown and repeated ids are ignored
		[['a', 'z', 'b', 'a', 'c', 'd'], 'right', 1, null],
		[[], 'wrong', 0, 0]
	] as const)('%j: %s, %d', (order, verdict, points, count) => {
		expect(gradeOrdering(question, [...order])).toEqual({
			verdict,
			points,
			max: 1,
			notes: count === null ? [] : [{ code: 'pairs-in-order', count, total: 6 }]
		});
	});
});
