import type { Entity, Mention } from '../facts/types';
import { nameKey } from '../refine/group-entities';
import {
	organisationBefore,
	ORGANISATION_NOUN,
	personAfter,
	personBefore,
	speakerBefore,
	genderAround,
	type Gender
} from '../extract/person-cues';
import type { GenerateContext } from './context';
import { extractAccording } from '../extract/extract-according';
import { wordCount } from '../word-count';

/** What can act in a news story: a person, or an organisation (firm, party, institution). */
export type ActorKind = 'person' | 'organisation';

/** A person or an organisation an article names, as a choice would show it. */
export interface Actor {
	e: Entity;
	kind: ActorKind;
	/** The fullest form the article itself uses: `Alexeï Navalny`, not `Navalny`. */
	name: string;
	/** How often the article names it: the most named are the likeliest wrong choices. */
	count: number;
	/** A person's gender, when the words around a mention show it (`Mme`, `la présidente`). */
	gender?: Gender;
}

/** `Fondation Charles Darwin`, `Institut Pasteur`: a name that says it is an organisation's. */
const ORGANISATION_NAME = new RegExp(`^${ORGANISATION_NOUN}\\s`, 'iu');

/** `Prénom Nom`, `Jean-Luc Mélenchon`, `Maria José Barragan`: two to four capitalised words. */
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]*){1,3}$/u;

/** `Roquefort Société`, `Tech Policy Hub`, `Ve République`: capitalised words of no person's name. */
const NOT_A_PERSON =
	/(?<![\p{L}])(?:Société|République|Center|Centre|Street|Hub|Institut|Institute|Fondation|Group|Groupe|News|Times|Press|Club|Parti|Conseil|Université|University|Airlines|Bank|Banque|Hotel|Park|Square|Mobile|Policy|Research|Studies|Force|Forces|Ligue|Union|Science|Service|Services|Holding|Media|Médias|France|Sud|Nord|Est|Ouest)(?![\p{L}])/u;

/** `la société de |Bezos`, `l'entreprise de |Jeff Bezos`: the owner of a firm, no firm. */
const OWNER_BEFORE =
	/(?:^|\s)(?:société|entreprise|groupe|firme|empire|fortune)\s(?:de|d['’])\s?$/u;

/** `le Kremlin`, `du Parlement`, `au Trésor`: a name after an article, likelier a common noun. */
const AFTER_ARTICLE = /(?:^|[\s'’])(?:le|la|les|l['’]|du|des|au|aux)\s?$/iu;

/** `de l'Intérieur Gérald Darmanin`, `sur Twitter Hugo Clément`: a name run into the word before. */
const AFTER_PREPOSITION =
	/(?:^|[\s'’])(?:de|du|des|d['’]|l['’]|le|la|les|au|aux|sur|à|en|par|pour)\s?$/iu;

const cache = new WeakMap<object, Map<string, Actor>>();

/**
 * The people and organisations an article names, by entity id. A person is typed so by the
 * corpus, or has a person's name and a role beside it here (`le ministre américain de la Justice
 * Bill Barr`, `Vitali Chkliarov, chercheur…`). An organisation is typed so and is listed with
 * others, introduced by what it is (`le parti libéral Iabloko`), or acts in the article (`L'OMS a
 * rappelé…`). Never a place, a product, a common noun (`le Parlement`) or a name run into the word
 * before it (`Intérieur Gérald Darmanin`).
 */
export function articleActors(ctx: GenerateContext): Map<string, Actor> {
	const known = cache.get(ctx.mine);
	if (known) return known;
	const { article, mine, facts } = ctx;
	const text = article.text;
	// Who acts in the article: the subjects of its events and the sources it cites (`Selon le
	// Sunday Times, …`).
	const acting = new Set(
		mine.events.map((ev) => facts.entityOf.get(nameKey(ev.subject))?.id).filter(Boolean)
	);
	// Each sentence's names, listed in one pass rather than searched for in every sentence.
	const bySentence = new Map<number, Mention[]>();
	for (const n of mine.named) {
		const list = bySentence.get(n.m.sentence);
		if (list) list.push(n.m);
		else bySentence.set(n.m.sentence, [n.m]);
	}
	for (const s of ctx.sentences) {
		const here = bySentence.get(s.index) ?? [];
		for (const f of extractAccording(s, here, true))
			acting.add(facts.entityOf.get(nameKey(f.source.text))?.id);
	}
	const byEntity = new Map<string, { e: Entity; ms: Mention[] }>();
	for (const { m, e } of mine.named) {
		const row = byEntity.get(e.id) ?? { e, ms: [] };
		row.ms.push(m);
		byEntity.set(e.id, row);
	}
	const actors = new Map<string, Actor>();
	for (const { e, ms } of byEntity.values()) {
		if (e.type === 'place' && e.confident) continue;
		const before = (m: Mention) => text.slice(Math.max(0, m.start - 80), m.start);
		const after = (m: Mention) => text.slice(m.end, m.end + 40);
		const forms = [...new Set(ms.map((m) => m.text))];
		// The first word of the name is another entity's: two names run together.
		// `Twitter Hugo Clément`: another entity's name run into a person's.
		const runTogether = forms.some((f) => {
			const [head, ...rest] = f.split(/\s+/u);
			const first = facts.entityOf.get(nameKey(head!));
			return (
				!ORGANISATION_NAME.test(f) &&
				PERSON_NAME.test(rest.join(' ')) &&
				first !== undefined &&
				first.id !== e.id
			);
		});
		// `Kanta Nakamori`, `Kennosuke Nakamori`: two people the corpus took for one.
		const firstNames = new Set(
			e.aliases
				.filter((a) => PERSON_NAME.test(a) && !e.variants.includes(a))
				.map((a) => a.split(/\s+/u)[0])
		);
		if (runTogether) continue;
		const shaped = forms.some((f) => PERSON_NAME.test(f) && !NOT_A_PERSON.test(f));
		const typed = (t: Entity['type']) => e.type === t && e.confident;
		// `Donald Trump` … `Trump`: a full name also used by its last word alone.
		const surname = e.aliases.some(
			(a) => /\s/u.test(a) && e.aliases.includes(a.split(/\s+/u).at(-1)!)
		);
		// The cues around each mention are read only when the answer hangs on them: the patterns
		// are long, and most names are settled by their shape or their type.
		const cued = () =>
			ms.some((m) => personBefore(before(m)) || personAfter(after(m)) || speakerBefore(before(m)));
		const person =
			shaped &&
			!ms.some((m) => wordCount(m.text) > 2 && AFTER_PREPOSITION.test(before(m))) &&
			(typed('person') ||
				(!typed('organisation') && !typed('place') && (cued() || surname || acting.has(e.id))));
		let cueRead: boolean | undefined;
		const cue = () =>
			(cueRead ??=
				ms.some((m) => organisationBefore(before(m))) ||
				forms.some((f) => ORGANISATION_NAME.test(f)));
		const owner = () => ms.some((m) => OWNER_BEFORE.test(before(m)));
		const bare = () =>
			ms.some((m) => !AFTER_ARTICLE.test(before(m))) ||
			/^\p{Lu}{2,}$/u.test(e.name) ||
			forms.some((f) => ORGANISATION_NAME.test(f));
		const organisation =
			!person &&
			!owner() &&
			bare() &&
			!typed('place') &&
			!typed('person') &&
			// Typed so and listed with others, introduced as one, or acting in the article.
			((e.type === 'organisation' && (facts.kin.has(e.id) || cue() || acting.has(e.id))) ||
				cue() ||
				// `L'OMS a rappelé…`: an acronym that acts; not `Washington accuse…`, `Carla a cru…`.
				(acting.has(e.id) && /^\p{Lu}{2,}$/u.test(e.name)));
		if ((!person && !organisation) || (person && firstNames.size > 1)) continue;
		const name = person
			? forms
					.filter((f) => PERSON_NAME.test(f) && !NOT_A_PERSON.test(f))
					.sort((a, b) => b.length - a.length)[0]!
			: e.name;
		const genders = new Set(ms.map((m) => genderAround(before(m), after(m))).filter(Boolean));
		actors.set(e.id, {
			e,
			kind: person ? 'person' : 'organisation',
			name,
			count: ms.length,
			...(person && genders.size === 1 ? { gender: [...genders][0] } : {})
		});
	}
	cache.set(ctx.mine, actors);
	return actors;
}

/**
 * The actor the article is about, when one clearly is (named four times or more): an organisation
 * named a fifth more than any other actor (articles call it `l'appli`, `le réseau` besides), or
 * anyone named twice as often as the next; none when names are even (`Navalny` and `Poutine`).
 * Places do not count. It is never a wrong choice (Parler banning itself, a deceased MP paying
 * tribute to himself); see `answerable` for when it may be an answer.
 */
export function topicOf(ctx: GenerateContext): string {
	const [first, second] = [...articleActors(ctx).values()].sort(
		(a, b) => b.count - a.count || a.e.id.localeCompare(b.e.id)
	);
	if (!first || first.count < 4) return '';
	const lead = second ? first.count / second.count : Infinity;
	return lead >= 2 || (lead >= 1.2 && first.kind === 'organisation') ? first.e.id : '';
}

/**
 * Whether an actor may be a question's answer: not the organisation the article is about, which
 * its sentences name as `l'appli`, `le réseau social` too (`Selon Google, l'appli a été utilisée…`
 * with Parler as a choice), while a person the article is about may well be asked about.
 */
export function answerable(ctx: GenerateContext, actor: Actor): boolean {
	return actor.kind === 'person' || actor.e.id !== topicOf(ctx);
}
