import { describe, expect, test } from 'vitest';
import { extractFacts } from '../../facts/extract-facts';
import { testArticle } from '../test-article';
import { askDayGap } from './ask-day-gap';
import { dayGap } from './day-gap';
import { gapPairs } from './gap-pairs';
import { actorsOf } from './actors';
import { orderGraph, type TimedEvent } from './order-graph';
import { datedEvents } from './dated-events';

/** The graph of an article's dated events, as the family builds it without orders in words. */
function graphOf(paragraphs: string[]) {
	const a = testArticle('g', paragraphs);
	const timed: TimedEvent[] = datedEvents(a, extractFacts([a])).map((e) => ({
		...e,
		spans: [{ start: e.start, end: e.end }]
	}));
	const graph = orderGraph(timed, []);
	const events = graph.nodes.map((n) => ({ text: n.text, actors: actorsOf(n) }));
	return { a, graph, events };
}

describe('dayGap', () => {
	test('days of the calendar and days of one week compare; years and mixed clocks do not', () => {
		expect(dayGap('2021-01-06', '2021-01-08')).toBe(2);
		expect(dayGap('2020-12-31', '2021-01-01')).toBe(1);
		expect(dayGap('week:2', 'week:2')).toBe(0);
		expect(dayGap('week:3', 'week:0')).toBe(3);
		expect(dayGap('2018', '2021-01-06')).toBeNull();
		expect(dayGap('week:2', '2021-01-06')).toBeNull();
	});
});

describe('gapPairs and askDayGap', () => {
	test('two actors on one day, told in two sentences: how many days apart, none', () => {
		const { a, graph, events } = graphOf([
			'Des supporters ont envahi la pelouse mercredi.',
			'Le FC Nantes a licencié son entraîneur vendredi. Les joueurs ont repris l’entraînement sans lui.',
			'La mairie de Lyon a voté une aide exceptionnelle au stade vendredi.'
		]);
		const pairs = gapPairs(graph, events);
		// The riot against a response gives nothing; Nantes and Lyon on Friday do.
		expect(pairs.map(([x, y]) => [graph.nodes[x]!.text, graph.nodes[y]!.text])).toEqual([
			[
				'Le FC Nantes a licencié son entraîneur',
				'La mairie de Lyon a voté une aide exceptionnelle au stade'
			]
		]);
		const q = askDayGap(a, graph, ...pairs[0]!)!.question;
		expect(q.type).toBe('single');
		expect(q.prompt).toContain(
			'Le FC Nantes a licencié son entraîneur et la mairie de Lyon a voté une aide exceptionnelle au stade. Combien de jours séparent ces deux événements\u00A0?'
		);
		if (q.type !== 'single') throw new Error('single');
		expect(q.choices.filter((c) => c.correct).map((c) => c.text)).toEqual([
			'Aucun\u00A0: le même jour'
		]);
		expect(q.explanation.fr).toContain(
			'«\u00A0vendredi\u00A0» (FC Nantes) et «\u00A0vendredi\u00A0» (Lyon)'
		);
	});
	test('one actor twice, or a riot against a response on one day, yield nothing', () => {
		const same = graphOf([
			'Anne Hidalgo a démissionné jeudi. Anne Hidalgo a quitté la mairie jeudi.'
		]);
		expect(same.graph.nodes.length).toBe(2);
		expect(gapPairs(same.graph, same.events)).toEqual([]);
		const riot = graphOf([
			'Des émeutiers ont incendié la mairie de Lyon samedi.',
			'Le FC Nantes a annulé son match samedi.'
		]);
		expect(riot.graph.nodes.length).toBe(2);
		expect(gapPairs(riot.graph, riot.events)).toEqual([]);
	});
	test('a plan and a state are no events to measure from', () => {
		const { graph, events } = graphOf([
			'Le préfet a fermé le stade samedi. Le FC Nantes va déménager samedi. Le Parc des Princes était plein samedi.'
		]);
		expect(graph.nodes.map((n) => n.text)).toEqual(['Le préfet a fermé le stade']);
		expect(gapPairs(graph, events)).toEqual([]);
	});
});
