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
	const show = (a: ReturnType<typeof testArticle>) =>
		orderRelations(a).map(
			(r) =>
				`${r.earlier.text}${r.earlier.phrase ? ' (GN)' : ''} < ${r.later.text}${r.later.phrase ? ' (GN)' : ''} [${r.marker}${r.pluperfect ? `+${r.pluperfect}` : ''}]`
		);
	test('reads `Avant X, Y`, `Y suite à X` and `Précédemment` against the sentence before, cleaned', () => {
		const a = testArticle('a', [
			'Avant la décision du tribunal, les avocats ont déposé un recours. Les supporters ont en effet envahi la pelouse suite à la victoire du club. Le club a licencié son entraîneur. Précédemment, le président avait également critiqué ses choix.'
		]);
		expect(show(a)).toEqual([
			'Les avocats ont déposé un recours < La décision du tribunal (GN) [Avant]',
			'La victoire du club (GN) < Les supporters ont envahi la pelouse [suite à]',
			'Le président avait critiqué ses choix < Le club a licencié son entraîneur [Précédemment+avait critiqué]'
		]);
		const b = testArticle('e', [
			'Après Lyon et Lille, Paris interdit les trottinettes en libre-service. Après Noël, il a neigé.'
		]);
		expect(show(b)).toEqual([
			'Lyon et Lille (GN) < Paris interdit les trottinettes en libre-service [Après]'
		]);
	});
	test('`Suite à cet incident` orders a clause after the event the sentence before tells', () => {
		const a = testArticle('i', [
			'Le 14 juillet 2020, des supporters envahissaient le terrain du stade de Nîmes. Suite à cet incident, ayant blessé deux stadiers, la ligue a suspendu le club.'
		]);
		expect(show(a)).toEqual([
			'Des supporters envahissaient le terrain du stade de Nîmes < La ligue a suspendu le club [Suite à cet incident]'
		]);
	});
	test('a phrase that points elsewhere or says nothing by itself yields nothing', () => {
		const a = testArticle('b', [
			'Suite à cet incident, les joueurs ont quitté le terrain. Les joueurs ont quitté le terrain après les événements de mercredi. La France est le pays le plus touché après les Etats-Unis. Le maire a démissionné. Le lendemain, il a quitté la ville.'
		]);
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
	test('a pair the ordering question leaves out is asked as true or false, with `puis` and no pluperfect', () => {
		const a = testArticle('c', [
			'Le club a licencié son entraîneur. Précédemment, le président avait critiqué ses choix. Avant la décision du tribunal, les avocats ont déposé un recours.'
		]);
		const { sets } = chronology({
			articles: [a],
			byId: new Map([['c', a]]),
			facts: extractFacts([a])
		});
		const tf = sets[0]!.questions.filter((q) => q.type === 'true-false');
		expect(tf).toHaveLength(2);
		const puis = tf.find((q) => q.type === 'true-false' && q.statement.includes('puis'));
		if (puis?.type !== 'true-false') throw new Error('no `puis` statement');
		expect([
			'Le président a critiqué ses choix, puis le club a licencié son entraîneur.',
			'Le club a licencié son entraîneur, puis le président a critiqué ses choix.'
		]).toContain(puis.statement);
		const truth = puis.choices.find((c) => c.correct)!.text === 'Vrai';
		expect(puis.statement.startsWith('Le président')).toBe(truth);
		expect(puis.explanation.fr).toContain('plus-que-parfait «\u00A0avait critiqué\u00A0»');
		expect(puis.explanation.en).not.toMatch(/Précédemment|avait/u);
	});
	test('a simple past after `Le lendemain` reads in the passé composé after `puis`', () => {
		const a = testArticle('d', [
			'Le maire a fermé la piscine municipale. Le lendemain, Lyon imita la commune voisine. Avant la décision du tribunal, les avocats ont déposé un recours.'
		]);
		const { sets } = chronology({
			articles: [a],
			byId: new Map([['d', a]]),
			facts: extractFacts([a])
		});
		const q = sets[0]?.questions.find(
			(x) => x.type === 'true-false' && x.statement.includes('puis')
		);
		if (q?.type !== 'true-false') throw new Error('no true-false question');
		expect([
			'Le maire a fermé la piscine municipale, puis Lyon a imité la commune voisine.',
			'Lyon a imité la commune voisine, puis le maire a fermé la piscine municipale.'
		]).toContain(q.statement);
	});
	test('an article with no clear date and no order in words yields no set', () => {
		const a = testArticle('b', ['Le club a gagné samedi. Les supporters ont fêté la victoire.']);
		const out = chronology({ articles: [a], byId: new Map([['b', a]]), facts: extractFacts([a]) });
		expect(out.sets).toEqual([]);
	});
	test('one order told by two articles is asked once, and orders joined across articles ask what came first', () => {
		const a = testArticle('a', [
			'Le 3 mars 2020, des pluies torrentielles ont inondé le centre de Nîmes. Toutefois, suite à l’inondation du centre de Nîmes, Lidl et Carrefour ont fermé leurs magasins du centre. La société Auchan a gardé son magasin ouvert.'
		]);
		const b = testArticle('b', [
			'La société Auchan a fermé son magasin de Nîmes. Précédemment, Lidl et Carrefour avaient fermé leurs magasins du centre.'
		]);
		const c = testArticle('c', [
			'Avant la décision d’Auchan de fermer le magasin de Nîmes, Lidl et Carrefour ont fermé leurs magasins du centre de Nîmes.'
		]);
		const corpus = [a, b, c];
		const out = chronology({
			articles: corpus,
			byId: new Map(corpus.map((x) => [x.id, x])),
			facts: extractFacts(corpus)
		});
		const first = out.sets[0]?.questions.find((q) => q.type === 'single');
		if (first?.type !== 'single') throw new Error('no `what came first` question');
		expect(first.prompt).toMatch(/lequel de ces événements s’est produit en premier/u);
		expect(first.choices.find((c) => c.correct)?.text).toBe(
			'Des pluies torrentielles ont inondé le centre de Nîmes'
		);
		expect(first.choices.map((c) => c.text)).toContain(
			'La société Auchan a fermé son magasin de Nîmes'
		);
		expect(new Set(first.evidence.map((e) => e.article))).toEqual(new Set(['a', 'b']));
		// b and c both put Lidl and Carrefour's closing before Auchan's: one question only.
		const report = out.report.join('\n');
		expect(report).toMatch(/left out `pair:[bc]:[^`]+`: same events as `pair:[bc]:/u);
		const pairs = out.sets[0]!.questions.filter((q) => q.type === 'true-false');
		expect(pairs).toHaveLength(1);
	});
});
