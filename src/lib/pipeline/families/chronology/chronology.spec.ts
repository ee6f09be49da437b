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
	test('deadlines, sentences starting with a pronoun and days of an unclear week yield nothing', () => {
		const a = testArticle('b', [
			'Il a été élu en 1993. Les bars restent fermés jusqu’à mardi. Le maire a démissionné lundi. Le préfet a réagi jeudi. Le ministre a répondu dimanche.'
		]);
		// Monday, Thursday, Sunday: the gaps from Monday and from Thursday are as long (3 days).
		expect(datedEvents(a, extractFacts([a]))).toEqual([]);
	});
	test('the days of an undated article read as one week, and a day in a relative clause dates it', () => {
		const a = testArticle('w', [
			'Des supporters ont envahi la pelouse mercredi. Le club a été soutenu par la mairie de Lyon, qui a voté une aide jeudi. Des villes comme Lyon, qui a financé le nouveau stade vendredi, aident le club. Le maire a démissionné samedi.'
		]);
		// Jeudi is the mairie's, not the club's nor Lyon's: that sentence dates nothing.
		expect(datedEvents(a, extractFacts([a])).map((e) => `${e.when}|${e.text}`)).toEqual([
			'week:0|Des supporters ont envahi la pelouse',
			'week:2|Lyon a financé le nouveau stade',
			'week:3|Le maire a démissionné'
		]);
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
			'Le président avait critiqué ses choix < Le club a licencié son entraîneur [Précédemment+avait également critiqué]'
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
	test('each order has a kind (words of cause or of time) and the exact words a clue quotes', () => {
		const a = testArticle('k', [
			'Après Lyon et Lille, Paris interdit les trottinettes en libre-service. La ligue a suspendu le club après avoir constaté des violences. Après avoir commémoré l’appel, le président a traversé la Manche. Les supporters ont envahi la pelouse suite à la victoire du club. Le maire a démissionné. La veille, le préfet avait fermé le stade.'
		]);
		expect(orderRelations(a).map((r) => `${r.kind}:${r.clue}`)).toEqual([
			'time:Après Lyon et Lille, Paris',
			'cause:après avoir',
			'time:Après avoir',
			'cause:suite à la victoire du club',
			'time:La veille'
		]);
		expect(show(a).at(-1)).toBe(
			'Le préfet avait fermé le stade < Le maire a démissionné [La veille+avait fermé]'
		);
	});
	test('a phrase that points elsewhere or says nothing by itself yields nothing', () => {
		const a = testArticle('b', [
			'Suite à cet incident, les joueurs ont quitté le terrain. Les joueurs ont quitté le terrain après les événements de mercredi. La France est le pays le plus touché après les Etats-Unis. Le maire a démissionné. Le lendemain, il a quitté la ville.'
		]);
		expect(orderRelations(a)).toEqual([]);
	});
});

const run = (...corpus: ReturnType<typeof testArticle>[]) =>
	chronology({
		articles: corpus,
		byId: new Map(corpus.map((x) => [x.id, x])),
		facts: extractFacts(corpus)
	});

/** The « … » an explanation quotes, without the lesson's words (`« avant »`…). */
const quoted = (fr: string) =>
	[...fr.split('Un article ne raconte')[0]!.matchAll(/«\u00A0([^»]+?)\u00A0»/gu)].map((m) => m[1]!);

describe('chronology family', () => {
	test('an article with three dated events yields an ordering question that differs from the order shown', () => {
		const a = testArticle(
			'a',
			[
				'Le 12 mars 2019, la mairie de Nîmes a voté un nouveau budget. La mairie de Nîmes a changé de maire en 2015. Le parquet a annoncé lundi la fin de l’enquête. Avant la décision du tribunal, les avocats ont déposé un recours.'
			],
			'2020-08-26'
		);
		const q = run(a).sets[0]!.questions.find((x) => x.type === 'ordering');
		if (q?.type !== 'ordering') throw new Error('no ordering question');
		expect(q.order.map((id) => q.items.find((i) => i.id === id)!.text)).toEqual([
			'La mairie de Nîmes a changé de maire',
			'La mairie de Nîmes a voté un nouveau budget',
			'Le parquet a annoncé la fin de l’enquête'
		]);
		expect(q.order).not.toEqual(q.items.map((i) => i.id));
		expect(q.explanation.fr).toContain(
			'«\u00A0en 2015\u00A0» vient avant «\u00A0Le 12 mars 2019\u00A0»'
		);
		expect(q.explanation.en).toContain('(12 March 2019)');
	});
	test('a pair the ordering question leaves out is asked as true or false, with `puis` and no pluperfect', () => {
		const a = testArticle('c', [
			'Le club a licencié son entraîneur. Précédemment, le président avait critiqué ses choix. Avant la décision du tribunal, les avocats ont déposé un recours.'
		]);
		const tf = run(a).sets[0]!.questions.filter((q) => q.type === 'true-false');
		expect(tf).toHaveLength(2);
		const puis = tf.find((q) => q.type === 'true-false' && q.statement.includes('puis'));
		if (puis?.type !== 'true-false') throw new Error('no `puis` statement');
		expect([
			'Le président a critiqué ses choix, puis le club a licencié son entraîneur.',
			'Le club a licencié son entraîneur, puis le président a critiqué ses choix.'
		]).toContain(puis.statement);
		const truth = puis.choices.find((c) => c.correct)!.text === 'Vrai';
		expect(puis.statement.startsWith('Le président')).toBe(truth);
		expect(puis.explanation.fr).toContain(
			'le mot «\u00A0Précédemment\u00A0» et le plus-que-parfait «\u00A0avait critiqué\u00A0»'
		);
		expect(puis.explanation.fr).toContain(
			'D’abord, le président a critiqué ses choix\u00A0; ensuite, le club a licencié son entraîneur.'
		);
		// The English translates the clue and names both events.
		expect(puis.explanation.en).toContain('«\u00A0Précédemment\u00A0» (“previously”)');
		expect(puis.explanation.en).toContain('First: “Le président a critiqué ses choix”');
	});
	test('a simple past after `Le lendemain` reads in the passé composé after `puis`', () => {
		const a = testArticle('d', [
			'Le maire a fermé la piscine municipale. Le lendemain, Lyon imita la commune voisine. Avant la décision du tribunal, les avocats ont déposé un recours.'
		]);
		const q = run(a).sets[0]?.questions.find(
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
		expect(run(a).sets).toEqual([]);
	});
	test('orders logic gives are not asked: words of cause, a disaster and its aftermath, a founding, a state', () => {
		const a = testArticle('n', [
			'Le 3 mars 2020, des pluies torrentielles ont inondé le centre de Nîmes. Toutefois, suite à l’inondation du centre de Nîmes, la mairie a fermé les écoles. Le club a été fondé en 1920. La ligue a suspendu le club après avoir constaté des violences. Le club était en tête du championnat. Le lendemain, la ligue a suspendu le club.'
		]);
		expect(run(a).sets).toEqual([]);
	});
	test('two actors doing the same thing may be ordered even by words of cause', () => {
		const a = testArticle('p', [
			'Suite à la fermeture du magasin de Lidl, Carrefour a fermé son magasin de Nîmes. Avant la décision du tribunal, les avocats ont déposé un recours.'
		]);
		const tf = run(a).sets[0]!.questions;
		expect(tf.map((q) => (q.type === 'true-false' ? q.statement : ''))).toContainEqual(
			expect.stringMatching(
				/^Carrefour a fermé son magasin de Nîmes (?:avant|après) la fermeture du magasin de Lidl\.$/u
			)
		);
	});
	test('an action several actors took in turn is told actor by actor, ordered by their days and `a suivi son exemple`', () => {
		const a = testArticle('j', [
			'La société Lidl, la société Carrefour et la société Auchan vendent ce fromage. Lidl et Carrefour ont déjà retiré le fromage de leurs rayons respectifs. Pour justifier sa décision vendredi, Lidl a cité des analyses. Carrefour a suivi son exemple samedi. Après Lidl et Carrefour, Auchan a décidé de retirer le fromage. Avant la décision du tribunal, les avocats ont déposé un recours.'
		]);
		const q = run(a).sets[0]?.questions.find((x) => x.type === 'ordering');
		if (q?.type !== 'ordering') throw new Error('no ordering question');
		expect(q.order.map((id) => q.items.find((i) => i.id === id)!.text)).toEqual([
			'Lidl a retiré le fromage de son rayon',
			'Carrefour a retiré le fromage de son rayon',
			'Auchan a décidé de retirer le fromage'
		]);
		expect(q.explanation.fr).toContain('«\u00A0Carrefour a suivi son exemple\u00A0»');
		expect(q.explanation.fr).toContain('«\u00A0Après Lidl et Carrefour, Auchan\u00A0»');
	});
	test('beside an ordering, two actors on one day are asked as a number of days, and no two-step pair', () => {
		const a = testArticle('k', [
			'La société Lidl, la société Carrefour et la société Auchan vendent ce fromage. Les clients se tournent vers des marques comme Danone, qui a rappelé ses yaourts vendredi. Lidl et Carrefour ont déjà retiré le fromage de leurs rayons respectifs. Pour justifier sa décision vendredi, Lidl a cité des analyses. Carrefour a suivi son exemple samedi. Après Lidl et Carrefour, Auchan a décidé de retirer le fromage.'
		]);
		const qs = run(a).sets[0]!.questions;
		const gap = qs.find((q) => q.type === 'single');
		if (gap?.type !== 'single') throw new Error('no question on days');
		expect(gap.prompt).toContain(
			'Danone a rappelé ses yaourts et Lidl a retiré le fromage de son rayon. Combien de jours séparent ces deux événements\u00A0?'
		);
		expect(gap.choices.find((c) => c.correct)!.text).toBe('Aucun\u00A0: le même jour');
		// `Danone…, puis Auchan…` takes two clues the ordering already reads: not asked.
		const statements = qs.flatMap((q) => (q.type === 'true-false' ? [q.statement] : []));
		expect(statements.filter((t) => t.includes('Danone') && t.includes('Auchan'))).toEqual([]);
	});
	test('explanations quote only the article’s words; events told in other words are not quoted', () => {
		const corpus = [
			testArticle('q', [
				'La société Lidl, la société Carrefour et la société Auchan vendent ce fromage. Lidl et Carrefour ont déjà retiré le fromage de leurs rayons respectifs. Pour justifier sa décision vendredi, Lidl a cité des analyses. Carrefour a suivi son exemple samedi. Après Lidl et Carrefour, Auchan a décidé de retirer le fromage. Le maire a démissionné jeudi. Précédemment, le préfet avait déjà interdit la vente du fromage.'
			]),
			testArticle('r', [
				'Avant la décision d’Auchan de retirer le fromage, Lidl et Carrefour ont retiré le fromage de leurs rayons.'
			])
		];
		const questions = run(...corpus).sets.flatMap((x) => x.questions);
		expect(questions.length).toBeGreaterThanOrEqual(2);
		expect(questions.flatMap((q) => quoted(q.explanation.fr)).length).toBeGreaterThan(4);
		for (const q of questions) {
			for (const words of quoted(q.explanation.fr))
				expect(corpus.some((a) => a.text.includes(words))).toBe(true);
			const shown =
				q.type === 'true-false'
					? q.statement
					: q.type === 'ordering'
						? q.items.map((i) => i.text).join()
						: '';
			expect(shown).not.toMatch(/[«»]/u);
		}
	});
	test('one order told by four articles is asked by two of them, and the report says which are left out', () => {
		const b = testArticle('b', [
			'La société Auchan a fermé son magasin de Nîmes. Précédemment, Lidl et Carrefour avaient fermé leurs magasins du centre.'
		]);
		const c = testArticle('c', [
			'Avant la décision d’Auchan de fermer le magasin de Nîmes, Lidl et Carrefour ont fermé leurs magasins du centre de Nîmes.'
		]);
		const e = testArticle('e', [
			'La société Auchan a fermé son magasin du centre de Nîmes. Auparavant, Lidl et Carrefour avaient fermé leurs magasins de Nîmes.'
		]);
		const f = testArticle('f', [
			'Auchan a fermé son magasin de Nîmes. Peu de temps auparavant, Lidl et Carrefour avaient fermé leurs magasins du centre.'
		]);
		const out = run(b, c, e, f);
		expect(out.sets[0]!.questions.filter((q) => q.type === 'true-false')).toHaveLength(2);
		expect(out.report.join('\n')).toMatch(
			/left out `pair:[bcef]:[^`]+`: same events as `pair:[bcef]:/u
		);
	});
});
