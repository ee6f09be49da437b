import type { Entity } from '../facts/types';
import { containsWords } from '../validate/checks';
import { nameKey } from '../refine/group-entities';
import type { Gender } from '../extract/person-cues';
import { articleActors, type Actor } from './actor-kind';
import { didAlike } from './did-alike';
import type { GenerateContext } from './context';

/**
 * Verbs any actor can be the subject of, a person as well as a party or a firm: `a dénoncé`,
 * `a appelé`, `a annoncé`, `affirme`, `estime`. With them, a wrong choice may be of the other kind
 * when the article names too few of the answer's kind.
 */
const ANY_ACTOR =
	/^(?:déclar|affirm|annon|dénon|appel|critiqu|estim|assur|dit|dis|expliqu|soulign|indiqu|précis|reconn|jug|accus|demand|exig|réclam|promi|promet|menac|salu|condamn|déplor|regrett|refus|rejet|propos|souhait|plaid|insist|rappel|avert|confirm|contest|craint|espèr|espér|lanc|publi|présent|commenté|réag|fustig|considér|pens)/u;

/** What the question is about, to keep wrong choices fair. */
export interface Asked {
	/** The text the question shows: a wrong choice must not be named in it. */
	shown: string;
	/** The verb (`dénoncé`, `estime`), to allow the other kind and to leave out who did the same. */
	verb?: string;
	/** Entity ids that may not be wrong choices (the article's subject, who did the same thing). */
	exclude: Set<string>;
	/** The answer as the choices show it: a surname alone (`Navalny`) asks for surnames alone. */
	answer: string;
	/** What the question says was done (`a rendu hommage à…`), to leave out who did the like. */
	action?: string;
	/** The gender the shown text gives the answer (`Une voisine, […]`): people of another are out. */
	gender?: Gender;
	/** The sentence the question is on (index), not searched for others who did the like. */
	sentence?: number;
}

/**
 * Wrong choices for a question whose answer is `answer`: actors of the same kind first
 * (organisations listed with it anywhere in the corpus, then the article's organisations; or the
 * article's people, most named first), then, for a verb any actor can do, actors of the other
 * kind. Never a place or a product, an entity the shown text names, one sharing a word with the
 * answer (`Google Cloud` for `Google`), or one the article says did the same (`a dénoncé`).
 */
export function actorDistractors(
	ctx: GenerateContext,
	answer: Actor,
	asked: Asked,
	count = 3
): string[] {
	const { facts } = ctx;
	const actors = articleActors(ctx);
	const did = didAlike(ctx, asked);
	const words = aliasWords(answer.e);
	// `le président chinois Xi Jinping a exigé…`: among analysts, the head of state is the one who
	// could; an office-holder's stand-ins hold office too.
	const offices = officeHolders(ctx);
	const leader = answer.kind === 'person' && offices.has(answer.e.id);
	// `a exigé qu'une partie de la vente aille au Trésor` (a president): an analyst quoted for
	// comment is no fair stand-in for someone who acts, nor the other way round.
	// Saying and judging (`a dénoncé`, `estime`) are what commentators do: then they stay.
	const verb = asked.verb?.toLocaleLowerCase('fr');
	const saying = verb !== undefined && SAYING.test(verb);
	const experts = saying ? new Set<string>() : commentators(ctx);
	// `une alternative à […]` (Twitter, one of `des réseaux grand public comme Twitter`): another
	// social network, not a firm listed with Amazon.
	const wanted = natureOf(facts, answer.e.id);
	const sameNature = (e: Entity) => {
		if (answer.kind !== 'organisation' || actors.get(e.id)?.kind === 'person') return true;
		const nature = natureOf(facts, e.id);
		return wanted.size === 0 || nature.size === 0 || [...nature].some((n) => wanted.has(n));
	};
	const fair = (e: Entity, name: string) =>
		e.id !== answer.e.id &&
		sameNature(e) &&
		(!leader || offices.has(e.id)) &&
		(answer.kind !== 'person' || experts.has(answer.e.id) || !experts.has(e.id)) &&
		(asked.gender === undefined ||
			actors.get(e.id)?.kind !== 'person' ||
			actors.get(e.id)?.gender === asked.gender) &&
		!asked.exclude.has(e.id) &&
		!did.has(e.id) &&
		!e.aliases.some((a) => containsWords(asked.shown, a)) &&
		!name.split(/[\s-]+/u).some((w) => words.has(w));
	// `M. Navalny a aussi appelé…` shows `Navalny`: `Poutine`, not `Vladimir Poutine`.
	const surnames = answer.kind === 'person' && !/\s/u.test(asked.answer);
	const shown = (a: { e: Entity; name: string }) =>
		surnames && actors.get(a.e.id)?.kind === 'person'
			? a.name.split(/\s+/u).slice(1).join(' ')
			: a.name;
	const picked: string[] = [];
	const take = (list: { e: Entity; name: string }[]) => {
		for (const a of list) {
			if (picked.length >= count) return;
			const name = shown(a);
			if (fair(a.e, name) && !picked.includes(name)) picked.push(name);
		}
	};
	const ofKind = (kind: Actor['kind']) => actorsOfKind(actors, kind);
	if (answer.kind === 'organisation') {
		take(kinOf(facts, answer.e.id));
	}
	// `le PSG s'est incliné…`: for an action only its peers do, an organisation listed with no
	// other (a club) has no fair stand-in among the article's others (a party, a news agency);
	// one listed with others (`Amazon, Google et Apple`) has them among those listed somewhere too.
	// With no verb (a name left out of a passage), an organisation's peers only: not `BLM` among
	// the firms of `les mesures prises par […] et […]`.
	const anyActor = verb !== undefined && ANY_ACTOR.test(verb);
	if (answer.kind === 'person' || anyActor) take(ofKind(answer.kind));
	else if (facts.kin.has(answer.e.id))
		take(ofKind('organisation').filter((a) => facts.kin.has(a.e.id)));
	// A firm, a network, a newspaper is no fair match for just anyone; a party or a union, made
	// of people who speak for it, is.
	const business = [...wanted].some((n) => BUSINESS.has(n));
	if (anyActor && (answer.kind === 'person' || !business))
		take(ofKind(answer.kind === 'person' ? 'organisation' : 'person'));
	return picked;
}

/**
 * What kind of organisation an entity is: as nouns call it (`des réseaux comme Twitter`), else as
 * nouns call the organisations listed with it (`Amazon, Google et Apple`, where Amazon is one of
 * `des entreprises technologiques comme AWS`). Empty when nothing says.
 */
function natureOf(facts: GenerateContext['facts'], id: string): Set<string> {
	const own = facts.natures.get(id);
	if (own) return own;
	const kin = [...(facts.kin.get(id)?.keys() ?? [])];
	return new Set(kin.flatMap((k) => [...(facts.natures.get(k) ?? [])]));
}

/** Kinds of organisation whose words are no person's: `Selon Google, …` among firms only. */
const BUSINESS = new Set(['firm', 'social', 'press', 'shop', 'bank']);

/** The words of an entity's names (`Google`, `Cloud`), by entity: read once, not per question. */
const wordsOf = new WeakMap<Entity, Set<string>>();

function aliasWords(e: Entity): Set<string> {
	let words = wordsOf.get(e);
	if (!words) {
		words = new Set(e.aliases.flatMap((a) => a.split(/[\s-]+/u)));
		wordsOf.set(e, words);
	}
	return words;
}

/** An article's actors of each kind, most named first: sorted once, not per question. */
const byKind = new WeakMap<Map<string, Actor>, Map<Actor['kind'], Actor[]>>();

function actorsOfKind(actors: Map<string, Actor>, kind: Actor['kind']): Actor[] {
	let kinds = byKind.get(actors);
	if (!kinds) byKind.set(actors, (kinds = new Map()));
	let list = kinds.get(kind);
	if (!list) {
		list = [...actors.values()]
			.filter((a) => a.kind === kind)
			.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
		kinds.set(kind, list);
	}
	return list;
}

/** The organisations listed with each organisation in the corpus, most often first: by corpus. */
const kinLists = new WeakMap<
	GenerateContext['facts'],
	Map<string, { e: Entity; name: string }[]>
>();

function kinOf(facts: GenerateContext['facts'], id: string): { e: Entity; name: string }[] {
	let lists = kinLists.get(facts);
	if (!lists) kinLists.set(facts, (lists = new Map()));
	let list = lists.get(id);
	if (!list) {
		list = [...(facts.kin.get(id) ?? [])]
			.map(([other, n]) => [facts.entityById.get(other)!, n] as const)
			.filter(([e]) => e.type === 'organisation' && e.confident)
			.sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name))
			.map(([e]) => ({ e, name: e.name }));
		lists.set(id, list);
	}
	return list;
}

/** Office-holders by corpus: read once, not once per question. */
const offices = new WeakMap<GenerateContext['facts'], Set<string>>();

/** `président`, `Premier ministre`, `ministre`, `maire`, `gouverneur`: offices that decide. */
const OFFICE =
	/(?<![\p{L}])(?:président|présidente|Premier ministre|Première ministre|ministre|chancelier|chancelière|roi|reine|gouverneur|gouverneure|maire|secrétaire d['’](?:É|E)tat|chef de l['’](?:É|E)tat|chef du gouvernement|cheffe de l['’]exécutif)(?![\p{L}])/u;

/** The people the corpus names with an office (`le président chinois Xi Jinping`), by entity id. */
function officeHolders({ facts }: GenerateContext): Set<string> {
	const known = offices.get(facts);
	if (known) return known;
	const ids = new Set<string>();
	offices.set(facts, ids);
	for (const r of facts.roles) {
		if (!OFFICE.test(r.role)) continue;
		const e = facts.entityOf.get(nameKey(r.person));
		if (e) ids.add(e.id);
	}
	return ids;
}

/** Verbs of saying and judging, which a commentator does as well as an actor. */
const SAYING =
	/^(?:déclar|affirm|dénon|critiqu|estim|dit|dis|expliqu|soulign|indiqu|précis|jug|regrett|déplor|comment|consid|pens|assur|craint|analys|prévi|prédi)/u;

/** `l'analyste`, `l'experte`, `le politologue`: people an article quotes for comment. */
const COMMENTATOR =
	/(?:analyste|experte?|politologue|chercheur|chercheuse|économiste|spécialiste|professeur|professeure|historien|historienne|sociologue|consultant|consultante)(?:\s[\p{Ll}-]+){0,3}\s?,?\s$/u;

/** `Matt Cooper, analyste chez…`, `X, spécialiste de la Chine`: the same, after the name. */
const COMMENTATOR_AFTER =
	/^,?\s(?:(?:un|une|l['’]|le|la)\s?)?(?:\p{Ll}+\s)?(?:analyste|experte?|politologue|chercheur|chercheuse|économiste|spécialiste|professeur|professeure|historien|historienne|sociologue|consultant|consultante)(?![\p{L}])/u;

/** Commentators by article: read once. */
const commentatorsOf = new WeakMap<GenerateContext['mine'], Set<string>>();

/** The people the article introduces as commentators (`l'experte Tatiana Stanovaïa`). */
function commentators({ article, mine }: GenerateContext): Set<string> {
	const known = commentatorsOf.get(mine);
	if (known) return known;
	const ids = new Set<string>();
	for (const { m, e } of mine.named) {
		const before = article.text.slice(Math.max(0, m.start - 60), m.start);
		const after = article.text.slice(m.end, m.end + 40);
		if (COMMENTATOR.test(before) || COMMENTATOR_AFTER.test(after)) ids.add(e.id);
	}
	commentatorsOf.set(mine, ids);
	return ids;
}
