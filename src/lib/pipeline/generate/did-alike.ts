import { compiledPattern } from '../compiled-pattern';
import { nameKey } from '../refine/group-entities';
import type { Asked } from './actor-distractors';
import type { GenerateContext } from './context';

/**
 * Kinds of action where one is easily taken for another: whoever the article shows paying
 * tribute, criticising or calling for something is no fair wrong choice for a question on
 * another tribute, criticism or call. `a rendu hommage à un homme "entier"` (Sarkozy) against
 * `"Claude était un merveilleux ami d'Israël", a réagi… Benjamin Netanyahu`.
 */
const ALIKE: RegExp[] = [
	/(?<![\p{L}])(?:hommage|salu\p{L}*|félicit\p{L}*|réag\p{L}*|évoqu\p{L}* la mémoire|pleur\p{L}*|l['’]a décrit)/iu,
	/(?<![\p{L}])(?:critiqu\p{L}*|dénon\p{L}*|fustig\p{L}*|condamn\p{L}*|déplor\p{L}*|accus\p{L}*|reproch\p{L}*|indign\p{L}*)/iu,
	/(?<![\p{L}])(?:appel\p{L}*|exhort\p{L}*|exig\p{L}*|réclam\p{L}*|plaid\p{L}*)/iu
];

/**
 * Kinds of action where the doers are named before the verb: `Google et Apple ont déjà retiré
 * Parler…`, `D'autres réseaux grand public comme Facebook, Instagram… ont aussi suspendu le profil
 * du locataire de la Maison Blanche`. Whoever does one is no fair wrong choice for another, on
 * whatever object: the article may name it otherwise (`le locataire de la Maison Blanche`).
 */
const ALIKE_BEFORE: RegExp[] = [
	/(?<![\p{L}])(?:suspend\p{L}*|bann\p{L}*|ferm\p{L}*|exclu\p{L}*|retir\p{L}*|bloqu\p{L}*|supprim\p{L}*|interdi\p{L}*|coup\p{L}* les ponts)/iu
];

/** `la réforme constitutionnelle de |`, `le projet du |`: a thing, then whose it is. */
const OWNED = /(?<![\p{L}])(\p{Ll}{5,})(?:\s\p{Ll}+){0,2}\s(?:de|du|d['’])\s?(?:M\.\s|Mme\s)?$/u;

/** `de |Parler`, `par |Twitter`: a name after a preposition is no doer. */
const AFTER_PREPOSITION =
	/(?:^|\s)(?:de|du|des|d['’]|par|à|au|aux|contre|avec|sur|pour|chez)\s?$/iu;

/** Words too common to tell one statement from another. */
const COMMON = new Set(
	'avoir avait avaient était étaient depuis après avant contre toute toutes leurs cette selon entre comme aussi également encore plusieurs autre autres notre votre alors ainsi pendant chaque quelque quelques moins jamais toujours premier première dernier dernière millions milliards heures semaine année années'.split(
		' '
	)
);

/** `américain`, `étroitement`, `politique`: endings of adjectives and adverbs, which say little of what was done. */
const QUALIFYING =
	'ment ain aine ains aines ais aise aises ois oise oises ien ienne iens iennes ique iques al ale ales aux el elle elles eux euse euses if ive ives ifs'.split(
		' '
	);

/** A lowercase word of five letters or more, not part of a longer word. */
const CONTENT_WORD = /(?<![\p{L}-])\p{Ll}{5,}(?![\p{L}])/gu;

/** The lowercase words of five letters or more that name things: `fonds`, `pandémie`, not names, `dans`, `américain`. */
function contentWords(text: string): Set<string> {
	return new Set(
		(text.match(CONTENT_WORD) ?? []).filter(
			(w) => !COMMON.has(w) && !QUALIFYING.some((end) => w.endsWith(end))
		)
	);
}

/**
 * For each article, which of its sentences hold a content word, by word: a question asks about
 * a few words, so each is looked for (`includes`, then the pattern where it is) rather than every
 * sentence read for all its words.
 */
const holders = new WeakMap<GenerateContext['mine'], Map<string, boolean[]>>();

/** Whether each sentence has `word`, a content word, among its `contentWords`. */
function sentencesHolding(ctx: GenerateContext, word: string): boolean[] {
	let mine = holders.get(ctx.mine);
	if (!mine) holders.set(ctx.mine, (mine = new Map()));
	let found = mine.get(word);
	if (!found) {
		// `word` is lower-case letters only: it goes into the pattern as it is.
		const re = compiledPattern(`(?<![\\p{L}-])${word}(?![\\p{L}])`, 'u');
		found = ctx.sentences.map((s) => s.text.includes(word) && re.test(s.text));
		mine.set(word, found);
	}
	return found;
}

/** Each named mention's owned thing, as a stem (`la réforme … de |Poutine` → `réfor`): by article. */
const ownedBy = new WeakMap<GenerateContext['mine'], (string | null)[]>();

function ownersOf({ mine, sentences }: GenerateContext): (string | null)[] {
	let owners = ownedBy.get(mine);
	if (!owners) {
		owners = mine.named.map(({ m }) => {
			const s = sentences[m.sentence];
			if (!s) return null;
			const lead = s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start);
			// Most names follow no `de`: the full pattern runs only where one ends the lead.
			if (!/(?:de|du|d['’])\s?(?:M\.\s|Mme\s)?$/u.test(lead.slice(-10))) return null;
			return OWNED.exec(lead)?.[1]?.slice(0, 5) ?? null;
		});
		ownedBy.set(mine, owners);
	}
	return owners;
}

/** `dénoncé`, `dénonce`, `dénonçant` → `denon`: the stem that tells two mentions of one action. */
const stem = (verb: string) => nameKey(verb).slice(0, 5);

/** True when the mention at `at` in `text` is inside quotation marks: someone's words. */
function quoted(text: string, at: number): boolean {
	const before = text.slice(0, at);
	return (before.match(/"/gu) ?? []).length % 2 === 1 || /«[^»]*$/u.test(before);
}

/**
 * The entities the article shows doing what the question asks about, or the like, so that none
 * is a wrong choice: the subjects of events with the same verb (`a appelé`); whoever the article
 * names where it tells of a tribute, a criticism or a call like the one asked about; the doers of
 * a ban, named before its verb; and the doers (not quoted, not after a preposition) in a sentence
 * that shares a rare word with the question (`fonds`). Over-cautious by design: a wrong choice
 * the article might make true is worse than a question not asked.
 */
export function didAlike(ctx: GenerateContext, asked: Asked): Set<string> {
	const { mine, facts, sentences } = ctx;
	const did = new Set(
		asked.verb === undefined
			? []
			: mine.events
					.filter((ev) => stem(ev.participle) === stem(asked.verb!))
					.map((ev) => facts.entityOf.get(nameKey(ev.subject))?.id ?? '')
	);
	const head = (asked.action ?? '').split(/\s+/u).slice(0, 5).join(' ');
	const alike = ALIKE.filter((re) => re.test(head));
	const ban = ALIKE_BEFORE.filter((re) => re.test(head));
	const words = [...contentWords(asked.action ?? '')];
	const rare = words
		.map((w) => sentencesHolding(ctx, w))
		.filter((holding) => holding.filter(Boolean).length <= 2);
	const asks = new Set(words.map((w) => w.slice(0, 5)));
	const owners = ownersOf(ctx);
	// A sentence tells a tribute or a call like the one asked about for all its names: read once.
	const alikeIn = new Map<number, boolean>();
	const tellsAlike = (k: number, text: string) => {
		let found = alikeIn.get(k);
		if (found === undefined) alikeIn.set(k, (found = alike.some((re) => re.test(text))));
		return found;
	};
	mine.named.forEach(({ m, e }, i) => {
		const s = sentences[m.sentence];
		if (!s) return;
		const at = m.start - s.start;
		// `la réforme constitutionnelle de Vladimir Poutine` against `qui a dénoncé la réforme… ?`:
		// whose the thing is, is no fair wrong choice for who acted on it.
		const owner = owners[i];
		if (owner && asks.has(owner)) {
			did.add(e.id);
			return;
		}
		// Whether the mention is a doer is read last, only for a sentence that would make it one.
		const doer = () => !quoted(s.text, at) && !AFTER_PREPOSITION.test(s.text.slice(0, at));
		if (
			(alike.length > 0 && tellsAlike(m.sentence, s.text)) ||
			((ban.some((re) => re.test(s.text.slice(at))) ||
				(m.sentence !== asked.sentence && rare.some((holding) => holding[m.sentence]))) &&
				doer())
		)
			did.add(e.id);
	});
	return did;
}
