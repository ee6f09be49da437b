import { describe, expect, test } from 'vitest';
import { extractFacts } from '../../facts/extract-facts';
import { testArticle } from '../test-article';
import { chronology } from './chronology';
import { datedEvents } from './dated-events';
import { orderRelations } from './order-relations';

describe('datedEvents', () => {
	test('full dates, years after `en`, and weekdays of a dated article, with the date taken out', () => {
		const a = testArticle(
			'a',
			[
				'Le 12 mars 1945, Claude Martin est né à Toulon. Claude Martin a été élu député en 1993. Le parquet a annoncé lundi la fin de l’enquête.'
			],
			'2020-08-26'
		);
		const got = datedEvents(a, extractFacts([a])).map((e) => `${e.when}|${e.text}`);
		expect(got).toEqual([
			'1945-03-12|Claude Martin est né à Toulon',
			'1993|Claude Martin a été élu député',
			'2020-08-24|Le parquet a annoncé la fin de l’enquête'
		]);
	});
	test('weekdays of an undated article, deadlines and sentences starting with a pronoun yield nothing', () => {
		const a = testArticle('b', [
			'Le parquet a annoncé lundi la fin de l’enquête. Il a été élu en 1993. Les bars restent fermés jusqu’à mardi.'
		]);
		expect(datedEvents(a, extractFacts([a]))).toEqual([]);
	});
});

describe('orderRelations', () => {
	test('reads `Avant X, Y`, `Y suite à X` and `Précédemment` against the sentence before', () => {
		const a = testArticle('a', [
			'Avant la décision du tribunal, les avocats ont déposé un recours. Les supporters ont envahi la pelouse suite à la victoire du club. Le club a licencié son entraîneur. Précédemment, le président avait critiqué ses choix.'
		]);
		expect(orderRelations(a).map((r) => `${r.earlier} < ${r.later}`)).toEqual([
			'Les avocats ont déposé un recours < La décision du tribunal',
			'La victoire du club < Les supporters ont envahi la pelouse',
			'Le président avait critiqué ses choix < Le club a licencié son entraîneur'
		]);
	});
	test('a phrase that points elsewhere yields nothing', () => {
		const a = testArticle('b', ['Suite à cet incident, les joueurs ont quitté le terrain.']);
		expect(orderRelations(a)).toEqual([]);
	});
});

describe('chronology family', () => {
	test('an article with three dated events yields an ordering question that differs from the order shown', () => {
		const a = testArticle(
			'a',
			[
				'Le 12 mars 1945, Claude Martin est né à Toulon. Claude Martin a été élu député en 1993. Le parquet a annoncé lundi la fin de l’enquête. Avant la décision du tribunal, les avocats ont déposé un recours.'
			],
			'2020-08-26'
		);
		const { sets } = chronology({
			articles: [a],
			byId: new Map([['a', a]]),
			facts: extractFacts([a])
		});
		const q = sets[0]!.questions.find((x) => x.type === 'ordering');
		expect(q?.type).toBe('ordering');
		if (q?.type !== 'ordering') return;
		expect(q.order.map((id) => q.items.find((i) => i.id === id)!.text)).toEqual([
			'Claude Martin est né à Toulon',
			'Claude Martin a été élu député',
			'Le parquet a annoncé la fin de l’enquête'
		]);
	});
	test('an article with no clear date and no order in words yields no set', () => {
		const a = testArticle('b', ['Le club a gagné samedi. Les supporters ont fêté la victoire.']);
		const out = chronology({ articles: [a], byId: new Map([['b', a]]), facts: extractFacts([a]) });
		expect(out.sets).toEqual([]);
	});
});
