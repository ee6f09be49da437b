import { describe, expect, test } from 'vitest';
import { paragraphNumber } from './article-ref';

describe('paragraphNumber', () => {
	const ref = { paragraphs: [0, 120, 300] };

	test.each([
		[0, 1],
		[119, 1],
		[120, 2],
		[299, 2],
		[300, 3],
		[5000, 3]
	])('offset %i is in paragraph %i', (offset, expected) => {
		expect(paragraphNumber(ref, offset)).toBe(expected);
	});

	test('an article without paragraphs gives no number', () => {
		expect(paragraphNumber({ paragraphs: [] }, 10)).toBeNull();
	});
});
