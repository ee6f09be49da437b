import { describe, expect, test } from 'vitest';
import type { Entity, Mention } from '../facts/types';
import { extractFacts } from '../facts/extract-facts';
import { sentence } from '../extract/test-sentence';
import { askPlaces, placePhrases } from './ask-places';
import { knownPlace } from './gazetteer';
import { contextFor } from './context';
import { testArticle } from './test-article';

/** `name` in `text` as a mention of an entity of `type`. */
function named(text: string, name: string, type: Entity['type'], confident = true) {
	const start = text.indexOf(name);
	const m: Mention = {
		kind: 'mention',
		article: 'a',
		sentence: 0,
		start,
		end: start + name.length,
		text: name
	};
	const e: Entity = {
		id: name,
		name,
		type,
		confident,
		aliases: [name],
		variants: [],
		mentions: [m]
	};
	return { m, e };
}

describe('placePhrases', () => {
	test.each([
		['En Suisse, la police a dispersé des manifestants.', 'Suisse', 'other', 'En Suisse'],
		[
			'Plusieurs milliers de personnes ont manifesté samedi en Allemagne.',
			'Allemagne',
			'place',
			'en Allemagne'
		],
		[
			'Quelque 40.000 personnes avaient alors manifesté à Paris pour la fête.',
			'Paris',
			'place',
			'à Paris'
		],
		['A Paris, seuls 5.000 supporters ont pu suivre le match.', 'Paris', 'place', 'A Paris']
	] as const)('%s', (text, name, type, phrase) => {
		const found = placePhrases(sentence(text), [named(text, name, type, type === 'place')]);
		expect(found.map((p) => text.slice(p.start, p.end))).toEqual([phrase]);
	});
	test.each([
		// `au` with no sure place: `au Premier ministre`.
		[
			'Contrairement au Premier ministre, le représentant juge peu probable un accord.',
			'Premier',
			'other'
		],
		// The name runs on: `au Trésor américain`.
		['Une partie de la vente devait aller au Trésor américain.', 'Trésor', 'place'],
		// `à` before a firm: an indirect object, not a place.
		['Il a accordé une interview à Fox News vendredi.', 'Fox News', 'organisation'],
		// Not locative: `de Pensacola`.
		['Il avait ouvert le feu dans la base de Pensacola.', 'Pensacola', 'place'],
		// A person after `à`.
		['Il a écrit à Joe Biden pour protester.', 'Joe Biden', 'person']
	] as const)('nothing in: %s', (text, name, type) => {
		expect(placePhrases(sentence(text), [named(text, name, type)])).toEqual([]);
	});
});

test('askPlaces leaves a place out, with places of the same kind as wrong choices', () => {
	const article = testArticle('a', [
		'Plusieurs milliers de personnes ont manifesté samedi en Allemagne dans une dizaine de villes.',
		'La police a dispersé des manifestants en Suisse près du siège du gouvernement.',
		'Le Premier ministre a prolongé le confinement en Espagne jusqu’à la fin du mois.',
		'La pandémie est apparue en décembre en Chine selon un bilan établi samedi.',
		'Des manifestants se sont aussi réunis à Berne samedi.'
	]);
	const asked = askPlaces(contextFor(article, extractFacts([article])));
	const first = asked.find((c) => c.supports[0] === 'en Allemagne')!.question;
	expect(first.prompt).toContain('manifesté samedi […] dans');
	expect(first.type === 'single' && first.choices.map((c) => c.text).sort()).toEqual([
		'en Allemagne',
		'en Chine',
		'en Espagne',
		'en Suisse'
	]);
	// A city is never a wrong choice for a country.
	expect(asked.flatMap((c) => c.contradicts)).not.toContain('à Berne');
});

test('askPlaces asks nothing with fewer than four places of a kind it cannot complete', () => {
	const article = testArticle('a', [
		'Plusieurs milliers de personnes ont manifesté samedi en Bretagne dans une dizaine de villes.',
		'La police a dispersé des manifestants en Alsace près du siège de la région.'
	]);
	expect(askPlaces(contextFor(article, extractFacts([article])))).toEqual([]);
});

test('askPlaces completes the wrong choices with countries of the same part of the world', () => {
	const article = testArticle('a', [
		'Plusieurs milliers de personnes ont manifesté samedi en Allemagne dans une dizaine de villes.',
		'La police a dispersé des manifestants en Suisse près du siège du gouvernement.'
	]);
	const asked = askPlaces(contextFor(article, extractFacts([article])));
	const first = asked.find((c) => c.supports[0] === 'en Allemagne')!;
	expect(first.contradicts).toContain('en Suisse');
	expect(first.contradicts).toHaveLength(3);
	// The article's own place first, then countries of Europe the article never names.
	for (const wrong of first.contradicts.filter((w) => w !== 'en Suisse')) {
		const name = wrong.replace(/^(?:en|au|aux|à)\s/u, '');
		expect(knownPlace(name)?.region).toBe('europe');
		expect(article.text).not.toContain(name);
	}
});

test('askPlaces leaves alone a place the rest of the passage points to', () => {
	const article = testArticle('a', [
		'Plusieurs milliers de personnes ont manifesté samedi en Allemagne dans une dizaine de villes.',
		'La police a dispersé des manifestants en Suisse près du siège du gouvernement.',
		'Le gouvernement espagnol a prolongé le confinement en Espagne jusqu’à la fin du mois.',
		'La pandémie est apparue en décembre en Chine selon un bilan établi samedi.'
	]);
	const asked = askPlaces(contextFor(article, extractFacts([article])));
	// `espagnol` gives `en Espagne` away; the others stand.
	expect(asked.map((c) => c.supports[0])).not.toContain('en Espagne');
	expect(asked.map((c) => c.supports[0])).toContain('en Allemagne');
});
