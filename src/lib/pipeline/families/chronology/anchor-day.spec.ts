import { describe, expect, test } from 'vitest';
import { extractFacts } from '../../facts/extract-facts';
import type { CleanArticle } from '../../types';
import { testArticle } from '../test-article';
import { anchorDay } from './anchor-day';
import { askAnchoredDate } from './ask-anchored-date';
import { datedEvents } from './dated-events';
import { orderGraph } from './order-graph';

/** An article's graph of dated events (no orders in words), as the family builds it. */
function graphOf(a: CleanArticle, all: CleanArticle[]) {
	return orderGraph(
		datedEvents(a, extractFacts(all)).map((e) => ({
			...e,
			spans: [{ start: e.start, end: e.end }]
		})),
		[]
	);
}

/** The anchor, then the question, for a dated article and a weekly one. */
function cross(dated: string, weekly: string[]) {
	const a = testArticle('a', [dated]);
	const b = testArticle('b', weekly);
	const facts = extractFacts([a, b]);
	const events = graphOf(a, [a, b]).nodes.filter((n) => /^\d{4}-/u.test(n.when ?? ''));
	const anchor = anchorDay([{ article: a, events }], [a, b], facts);
	return { anchor, asked: anchor && askAnchoredDate(anchor, graphOf(b, [a, b])) };
}

const WEEKLY = [
	'Des émeutiers ont attaqué la mairie de Lyon jeudi, selon la police.',
	'Le préfet du Rhône a suspendu le maire samedi.'
];

describe('anchorDay and askAnchoredDate', () => {
	test('a full date pins the weekday of the same riot in an undated article, and its other days', () => {
		// 14 July 2022 was a Thursday: the weekly article's `samedi` is the 16th.
		const { anchor, asked } = cross(
			'Le 14 juillet 2022, des émeutiers ont incendié la mairie de Lyon.',
			WEEKLY
		);
		expect(anchor && [anchor.iso, anchor.key, anchor.weekly.dayText]).toEqual([
			'2022-07-14',
			'week:0',
			'jeudi'
		]);
		const q = asked!.c.question;
		if (q.type !== 'single') throw new Error('single');
		expect(q.prompt).toContain(
			'trouvez à quelle date cet événement a eu lieu\u00A0: Le préfet du Rhône a suspendu le maire.'
		);
		expect(q.choices.filter((c) => c.correct).map((c) => c.text)).toEqual(['16 juillet 2022']);
		expect(q.explanation.fr).toContain('«\u00A0samedi\u00A0», deux jours plus tard');
	});
	test('a date on another weekday, or no place in common, pins nothing', () => {
		// 15 July 2022 was a Friday, not the weekly article's Thursday.
		expect(
			cross('Le 15 juillet 2022, des émeutiers ont incendié la mairie de Lyon.', WEEKLY).anchor
		).toBeNull();
		expect(
			cross('Le 14 juillet 2022, des émeutiers ont incendié la mairie de Marseille.', WEEKLY).anchor
		).toBeNull();
	});
	test('an event that sets nothing off (a vote) anchors nothing', () => {
		expect(
			cross('Le 14 juillet 2022, le conseil municipal de Lyon a voté le budget.', [
				'Le conseil municipal de Lyon a voté le budget jeudi.',
				'Le préfet du Rhône a suspendu le maire samedi.'
			]).anchor
		).toBeNull();
	});
});
