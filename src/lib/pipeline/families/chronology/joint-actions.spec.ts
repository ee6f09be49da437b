import { describe, expect, test } from 'vitest';
import { weekdayKey } from '../../align/weekday-key';
import { extractFacts } from '../../facts/extract-facts';
import { testArticle } from '../test-article';
import { jointActions } from './joint-actions';

const read = (text: string) => {
	const a = testArticle('j', [text]);
	const facts = extractFacts([a]);
	return jointActions(a, facts, weekdayKey(a, facts));
};

describe('jointActions', () => {
	test('an action two actors took is told actor by actor, each with the day the article gives it', () => {
		const { actions, relations } = read(
			'La société Lidl et la société Carrefour vendent ce fromage. Lidl et Carrefour ont déjà retiré le fromage de leurs rayons respectifs. Pour justifier sa décision vendredi, Lidl a cité des analyses. Carrefour a suivi son exemple samedi.'
		);
		expect(actions.map((x) => `${x.when}|${x.dateText}|${x.text}`)).toEqual([
			'week:0|vendredi|Lidl a retiré le fromage de son rayon',
			'week:1|samedi|Carrefour a retiré le fromage de son rayon'
		]);
		expect(relations.map((r) => `${r.earlier.text} < ${r.later.text} [${r.clue}]`)).toEqual([
			'Lidl a retiré le fromage de son rayon < Carrefour a retiré le fromage de son rayon [Carrefour a suivi son exemple]'
		]);
	});
	test('`leur … respective` reads `sa …`; another `leur` complement goes', () => {
		const { actions } = read(
			'Renault et Peugeot ont fermé leur usine respective de Douai. Renault et Peugeot ont suspendu la production dans leurs usines.'
		);
		expect(actions.map((x) => x.text)).toEqual([
			'Renault a fermé son usine de Douai',
			'Peugeot a fermé son usine de Douai',
			'Renault a suspendu la production',
			'Peugeot a suspendu la production'
		]);
	});
	test('a subject that is no list of names, or a follower whose model is not named, yields no order', () => {
		const { relations } = read(
			'Les deux enseignes ont retiré le fromage. La société Lidl et la société Carrefour vendent ce fromage. Lidl et Carrefour ont retiré le fromage. Le ministre a parlé. Carrefour a suivi son exemple.'
		);
		expect(relations).toEqual([]);
	});
});
