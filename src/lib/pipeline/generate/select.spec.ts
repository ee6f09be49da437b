import { expect, test } from 'vitest';
import type { Candidate } from './candidate';
import { MAX_FIGURES, MAX_SAME_CHOICES, selectQuestions, TARGET_QUESTIONS_MIN } from './select';

/** A cloze on a number in its own sentence `i` of article `a` (sentences 100 characters apart). */
function figure(i: number, answer: string): Candidate {
	const start = i * 100;
	return {
		score: 8 - i / 100,
		passage: `a#${i}`,
		asks: `number:a:${start}`,
		supports: [answer],
		contradicts: [],
		question: {
			id: `q-${String(i).padStart(10, '0')}`,
			type: 'cloze',
			prompt: 'Complétez la phrase de l’article : quel nombre manque\u00A0?',
			before: 'Le groupe emploie ',
			after: ' salariés.',
			accept: [answer],
			evidence: [{ article: 'a', start, end: start + 50, quote: 'x' }],
			explanation: { fr: 'x', en: 'x' },
			skill: 'read-numbers',
			difficulty: 1
		}
	};
}

test('a set rich in other questions keeps figures to three', () => {
	const figures = [1, 2, 3, 4, 5].map((i) => figure(i, String(i * 11)));
	const others = [10, 11, 12, 13, 14, 15, 16, 17].map((i) => {
		const c = figure(i, `Nom${i}`);
		c.question.skill = 'identify-actors';
		c.question.type = i % 2 ? 'single' : 'short';
		return c;
	});
	const picked = selectQuestions([...figures, ...others]);
	expect(picked.filter((c) => c.question.skill === 'read-numbers')).toHaveLength(MAX_FIGURES);
});

test('a short article made of figures gets more of them, up to the minimum set', () => {
	const figures = [1, 2, 3, 4, 5, 6, 7].map((i) => figure(i, String(i * 11)));
	const picked = selectQuestions(figures);
	expect(picked.length).toBeGreaterThan(MAX_FIGURES);
	expect(picked.length).toBeLessThanOrEqual(TARGET_QUESTIONS_MIN);
});

test('a number is never the answer of two questions, even in a short set', () => {
	const picked = selectQuestions([figure(1, '98'), figure(2, '98'), figure(3, '12')]);
	expect(picked.map((c) => c.supports[0])).toEqual(['98', '12']);
});

test('no more than two questions share the article’s list of quoted people', () => {
	const speakers = [1, 2, 3, 4].map((i) => {
		const c = figure(i, `Personne ${i}`);
		c.asks = `speaker:a:${i}`;
		c.question.skill = 'attribute-quotes';
		return c;
	});
	expect(selectQuestions(speakers)).toHaveLength(MAX_SAME_CHOICES);
});
