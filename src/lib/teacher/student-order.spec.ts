import { describe, expect, it } from 'vitest';
import { studentOrder } from './student-order';
import { cleanName, nameKey } from './student-name';
import { assignmentOf, single } from './test-fixtures';

const questions = Array.from({ length: 8 }, (_, i) => single(`00000000${i}${i}`.slice(-10)));
const fixed = assignmentOf(questions);
const shuffled = assignmentOf(questions, { shuffle: true });

describe('studentOrder', () => {
	it("keeps the teacher's order when shuffle is off", () => {
		expect(studentOrder(fixed, 'Léa Martin')).toEqual(fixed.questionIds);
	});

	it('shuffles every question exactly once, the same way for the same student', () => {
		const order = studentOrder(shuffled, 'Léa Martin');
		expect([...order].sort()).toEqual([...shuffled.questionIds].sort());
		expect(studentOrder(shuffled, '  léa   MARTIN ')).toEqual(order);
	});

	it('gives different students different orders', () => {
		const names = ['Léa Martin', 'Yanis Benali', 'Chloé Nguyen', 'Hugo Petit', 'Inès Roux'];
		const orders = new Set(names.map((n) => studentOrder(shuffled, n).join()));
		expect(orders.size).toBeGreaterThan(1);
		expect(orders.has(shuffled.questionIds.join())).toBe(false);
	});
});

describe('cleanName / nameKey', () => {
	it('tidies spacing and composition, and compares without case but with accents', () => {
		expect(cleanName('  Léa \n Martin ')).toBe('Léa Martin');
		expect(nameKey('LE\u0301A martin')).toBe(nameKey('Léa Martin'));
		expect(nameKey('Lea Martin')).not.toBe(nameKey('Léa Martin'));
	});
});
