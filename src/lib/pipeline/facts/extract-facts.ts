import type { CleanArticle } from '../types';
import { extractDates } from '../extract/extract-dates';
import { extractEvents } from '../extract/extract-events';
import { extractMentions, vocabulary } from '../extract/extract-mentions';
import { extractNatures } from '../extract/extract-natures';
import { extractNumbers } from '../extract/extract-numbers';
import { extractRoles } from '../extract/extract-roles';
import { sentencesOf } from '../extract/sentences';
import { groupEntities, nameKey } from '../refine/group-entities';
import type { DateFact, Entity, EventFact, Mention, NumberFact, RoleFact } from './types';

/** The facts of one article, and the names it mentions with their entity. */
export interface ArticleFacts {
	numbers: NumberFact[];
	dates: DateFact[];
	events: EventFact[];
	roles: RoleFact[];
	named: { m: Mention; e: Entity }[];
}

/** Every fact of a corpus, with the entities they name. */
export interface Facts {
	/** The same facts, by article: generators read only their article's. */
	byArticle: Map<string, ArticleFacts>;
	entityById: Map<string, Entity>;
	/** People of the corpus, most named first: wrong choices for a question about a person. */
	people: Entity[];
	numbers: NumberFact[];
	dates: DateFact[];
	events: EventFact[];
	roles: RoleFact[];
	entities: Entity[];
	/** The entity a name belongs to, by `nameKey(name)`. */
	entityOf: Map<string, Entity>;
	/** How often two entities are listed together (`Google et Apple`): entities of one kind. */
	kin: Map<string, Map<string, number>>;
	/** What kind of organisation nouns say an entity is (`des réseaux comme Twitter`: `social`). */
	natures: Map<string, Set<string>>;
}

/**
 * The extract stage over a corpus: extractors read each sentence (sub-headings aside), then the
 * corpus-level refiner groups the names into entities, which the role and event extractors use.
 */
export function extractFacts(articles: CleanArticle[]): Facts {
	const vocab = vocabulary(articles.map((a) => a.text));
	const sentences = articles.flatMap((a) => sentencesOf(a).filter((s) => !s.heading));
	const mentions = sentences.map((s) => extractMentions(s, vocab));
	const entities = groupEntities(mentions.flat(), articles);
	const entityOf = new Map<string, Entity>();
	for (const e of entities) for (const alias of e.aliases) entityOf.set(nameKey(alias), e);
	const facts: Facts = {
		numbers: [],
		dates: [],
		events: [],
		roles: [],
		entities,
		entityOf,
		kin: new Map(),
		natures: new Map(),
		byArticle: new Map(
			articles.map((a) => [a.id, { numbers: [], dates: [], events: [], roles: [], named: [] }])
		),
		entityById: new Map(entities.map((e) => [e.id, e])),
		people: entities
			.filter((e) => e.type === 'person')
			.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
	};
	sentences.forEach((s, i) => {
		const here = mentions[i]!;
		const mine = facts.byArticle.get(s.article)!;
		const add = <T>(all: T[], local: T[], found: T[]) => {
			all.push(...found);
			local.push(...found);
		};
		add(facts.numbers, mine.numbers, extractNumbers(s));
		add(facts.dates, mine.dates, extractDates(s));
		add(facts.events, mine.events, extractEvents(s, here));
		const people = here.filter((m) => entityOf.get(nameKey(m.text))?.type === 'person');
		add(facts.roles, mine.roles, extractRoles(s, people));
		for (const m of here) {
			const e = entityOf.get(nameKey(m.text));
			if (e) mine.named.push({ m, e });
		}
		for (const { m, nature } of extractNatures(s, here)) {
			const e = entityOf.get(nameKey(m.text));
			if (!e) continue;
			const known = facts.natures.get(e.id) ?? new Set<string>();
			facts.natures.set(e.id, known.add(nature));
		}
		for (const list of listsIn(s.text, s.start, here)) {
			const members = list
				.map((m) => entityOf.get(nameKey(m.text)))
				.filter((e): e is Entity => !!e);
			// Only names of one type are kin: `du Capitole, Apple et Google` lists no place with firms.
			for (const a of members)
				for (const b of members)
					if (a.id !== b.id && a.type === b.type) addKin(facts.kin, a.id, b.id);
		}
	});
	return facts;
}

/**
 * Runs of names joined by `, `, ` et `, ` ou ` in a sentence, ending with ` et ` or ` ou `:
 * `Amazon, Google et Apple`. A comma alone is no list: `de la Silicon Valley, Twitter a été…`.
 */
export function listsIn<M extends { start: number; end: number }>(
	text: string,
	offset: number,
	mentions: M[]
): M[][] {
	const lists: M[][] = [];
	let run: M[] = [];
	let closed = false;
	const flush = () => {
		if (run.length > 1 && closed) lists.push(run);
	};
	mentions.forEach((m, i) => {
		const prev = mentions[i - 1];
		const between = prev ? text.slice(prev.end - offset, m.start - offset) : '';
		if (prev && !closed && /^(?:,\s|\set\s|\sou\s|,\set\s)$/u.test(between)) {
			run.push(m);
			closed = /\s(?:et|ou)\s$/u.test(between);
		} else {
			flush();
			run = [m];
			closed = false;
		}
	});
	flush();
	// `de supprimer Parler, Google et Apple ont…`: the first name is the object of the verb
	// before it, and the comma closes that clause; the list starts after it.
	return lists
		.map((list) => {
			const before = text.slice(0, list[0]!.start - offset);
			const joined = text.slice(list[0]!.end - offset, list[1]!.start - offset);
			return list.length >= 3 &&
				joined === ', ' &&
				/\p{L}+(?:er|ir|re|é|és|ée|ées)\s$/u.test(before)
				? list.slice(1)
				: list;
		})
		.filter((list) => list.length > 1);
}

function addKin(kin: Map<string, Map<string, number>>, a: string, b: string): void {
	const row = kin.get(a) ?? new Map<string, number>();
	row.set(b, (row.get(b) ?? 0) + 1);
	kin.set(a, row);
}
