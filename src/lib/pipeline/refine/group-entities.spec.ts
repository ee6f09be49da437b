import { describe, expect, test } from 'vitest';
import type { Mention } from '../facts/types';
import type { CleanArticle } from '../types';
import { editDistance, groupEntities } from './group-entities';

/** Articles made of the given texts, and every capitalised run in them as a mention. */
function corpus(texts: string[]): { articles: CleanArticle[]; mentions: Mention[] } {
	const articles = texts.map((text, i) => ({ id: `a${i}`, text }) as CleanArticle);
	const mentions: Mention[] = [];
	articles.forEach((a) => {
		for (const m of a.text.matchAll(
			/(?<![\p{L}])(?:d['’])?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)/gu
		)) {
			const start = m.index + m[0].length - m[1]!.length;
			if (start === 0) continue; // sentence opener
			mentions.push({
				kind: 'mention',
				article: a.id,
				sentence: 0,
				start,
				end: start + m[1]!.length,
				text: m[1]!
			});
		}
	});
	return { articles, mentions };
}

describe('groupEntities', () => {
	const { articles, mentions } = corpus([
		'Ce jour, Amazon Web Services a coupé Parler, et Amazon a confirmé. Le service AWS refuse.',
		'Ce jour, le fondateur de Parler, John Matz, a confirmé. Selon Google et Apple, rien.',
		'Ce jour, le PDG de Parler, John Matze, a parlé. Matze a ajouté que les Etats-Unis et les États-Unis.'
	]);
	const entities = groupEntities(mentions, articles);
	const find = (name: string) => entities.find((e) => e.aliases.includes(name));

	test('merges an acronym with its expansion, and the first word of the name in the same article', () => {
		expect(find('AWS')?.aliases).toEqual(['AWS', 'Amazon', 'Amazon Web Services']);
	});
	test('merges two spellings of a person and records the rarer one as a variant', () => {
		const person = find('John Matze')!;
		expect(person.aliases).toEqual(['John Matz', 'John Matze', 'Matze']);
		expect(person.variants).toEqual(['John Matz']);
		expect(person.name).toBe('John Matze');
		expect(person.type).toBe('person');
	});
	test('merges names that differ only by accents', () => {
		expect(find('Etats-Unis')?.aliases).toEqual(['Etats-Unis', 'États-Unis']);
	});
	test('keeps different names apart', () => {
		expect(find('Google')).not.toBe(find('Apple'));
		expect(find('Parler')).not.toBe(find('Amazon'));
	});
	test('types acronyms and listed names as organisations', () => {
		expect(find('AWS')?.type).toBe('organisation');
	});
});

test('editDistance', () => {
	expect(editDistance('Matz', 'Matze')).toBe(1);
	expect(editDistance('kitten', 'sitting')).toBe(3);
});
