import { compiledPattern } from '../compiled-pattern';
import type { ArticleFacts, Facts } from '../facts/extract-facts';
import type { Entity, Mention } from '../facts/types';
import type { ReportedSpeech } from '../extract/extract-quotes';
import type { CleanArticle, Span } from '../types';
import { nameKey } from './group-entities';
import { wordCount } from '../word-count';

/** Who speaks: an entity of the corpus, as a person (full name) or an organisation. */
export interface SpeakerEntity {
	id: string;
	/** `John Matze`, `Amazon`: the name a question shows. */
	name: string;
	kind: 'person' | 'organisation';
}

/** Reported speech with the person or organisation who speaks, and where the text says so. */
export interface AttributedSpeech extends ReportedSpeech {
	who: SpeakerEntity;
	/** How the speaker was found: named at the quote, or through a pronoun, role or description. */
	how: 'named' | 'pronoun' | 'role' | 'description' | 'spokesperson' | 'continued' | 'there';
	/** The mention naming the speaker: in the quote's own sentences, or in `named` when elsewhere. */
	mention: Mention;
	/** The sentence (article offsets) that names the speaker, when it is not the quote's. */
	named: Span | null;
}

/** Roles that make someone the one who speaks for an organisation: `le patron de X` is its head. */
const LEADER =
	/^(?:patron|patronne|président|présidente|PDG|CEO|fondateur|fondatrice|cofondateur|cofondatrice|directeur|directrice|dirigeant|dirigeante|chef|cheffe)$/iu;

/** How far back (in sentences) a pronoun finds its speaker: `« … », a-t-il ajouté.` */
const PRONOUN_REACH = 3;

/**
 * Resolves each speaker to an entity of the corpus: a name in the speaker's words
 * (`le PDG de Parler, John Matze`); `a-t-il ajouté` to the previous speaker, at most
 * three sentences back; `le patron de Parler` to the person the article names as a head of the
 * same organisation (`Le fondateur de Parler, John Matz`); `le ministre` to the one person the
 * article earlier describes with that word (`le ministre américain de la Justice Bill Barr`);
 * `une porte-parole d'Amazon` to the organisation; `précise-t-on chez Amazon` to Amazon.
 * Whatever stays unclear (two people in the speaker's words, `on`, `la publicitaire de 28 ans`
 * never named) is left out.
 */
export function resolveSpeakers(
	article: CleanArticle,
	speech: ReportedSpeech[],
	facts: Facts
): AttributedSpeech[] {
	const mine = facts.byArticle.get(article.id)!;
	void facts.entities;
	const out: AttributedSpeech[] = [];
	const sentenceSpan = (i: number): Span => article.sentences[i]!;
	// The speech just before, resolved or not: a pronoun after an unresolved speaker stays unresolved.
	let previous: ReportedSpeech | null = null;
	for (const s of speech) {
		const prev =
			previous && out.at(-1)?.start === previous.start && out.at(-1)?.speaker === previous.speaker
				? out.at(-1)
				: undefined;
		previous = s;
		const sp = s.speaker;
		// `le PDG de Parler, John Matze`: the name after `de` is the role's, not the speaker's.
		const inSpan = mine.named.filter(
			(n) =>
				n.m.start >= sp.start &&
				n.m.end <= sp.end &&
				!/(?:^|\s)(?:de|du|des|d['’]|par|à|au|aux)(?:\s*|\s+(?:la|le|les)\s+|\s+l['’])$/iu.test(
					article.text.slice(sp.start, n.m.start)
				)
		);
		const candidates = unique(inSpan).map((n) => ({ n, who: speakerEntity(n.e, n.m) }));
		const orgs = unique(
			mine.named.filter(
				(n) => n.m.start >= sp.start && n.m.end <= sp.end && n.e.type === 'organisation'
			)
		);
		const own = (n: { m: Mention; e: Entity }, how: AttributedSpeech['how']) => {
			const who = speakerEntity(n.e, n.m);
			if (who) out.push({ ...s, who, how, mention: n.m, named: null });
		};
		if (sp.by === 'pronoun') {
			if (sp.chez) {
				const chez = mine.named.find((n) => n.m.start > sp.end && n.m.text === sp.chez);
				if (chez?.e.type === 'organisation') own(chez, 'named');
				continue;
			}
			if (sp.back === 'subject') {
				// `Le lendemain, Apple imita Twitter. « … », y déclare-t-on.`: `y` is where the sentence before stands.
				const subject = subjectOf(article, mine, s.first - 1);
				if (subject) out.push({ ...s, ...subject, how: 'there', named: sentenceSpan(s.first - 1) });
				continue;
			}
			if (!/^(?:il|elle)$/iu.test(sp.text)) continue;
			// `James Lewis… estime qu'… "…", dit-il`: someone named in between may be the `il`.
			const between =
				!!prev &&
				mine.named.some(
					(n) =>
						n.m.start >= prev.end && n.m.end <= s.start && n.e.id !== prev.who.id && personLike(n)
				);
			// `« … », est-il ajouté dans la missive`: an impersonal `il`; the words go on with the
			// source quoted just before, a person or an organisation.
			const continued = sp.back === 'speaker';
			if (
				prev &&
				!between &&
				s.first - prev.last <= PRONOUN_REACH &&
				(continued || prev.who.kind === 'person')
			)
				out.push({
					...s,
					who: prev.who,
					how: continued ? 'continued' : 'pronoun',
					mention: prev.mention,
					named: prev.named ?? sentenceSpan(prev.mention.sentence)
				});
			continue;
		}
		if (candidates.length === 1) {
			own(candidates[0]!.n, 'named');
			continue;
		}
		if (candidates.length > 1) continue;
		// `a déploré le patron de Parler`, and at a sentence's start `Le chef d'entreprise assure…`.
		const described = /^(?:([Ll]e|[Ll]a|[Ll]['’])|[Uu]n|[Uu]ne)\s?(\p{Ll}[\p{L}-]*|PDG|CEO)/u.exec(
			sp.text
		);
		const head = described?.[2];
		if (head) {
			// `Un homme originaire de Malaisie a expliqué…`: `un` brings in someone new, never one named before.
			const found = described[1]
				? describedPerson(head, sp.text, orgs, mine, sp.start, article.text)
				: null;
			const who = found && speakerEntity(found.who, found.mention);
			if (found && who) {
				out.push({
					...s,
					who,
					how: found.how,
					mention: found.mention,
					named: sentenceSpan(found.mention.sentence)
				});
				continue;
			}
			if (/^porte-parole$/iu.test(head) && orgs.length === 1) own(orgs[0]!, 'spokesperson');
			// `Selon le CEO, John Matze, … Le chef d'entreprise assure…`: a head of no named
			// organisation is the head the article quoted just before.
			else if (
				described[1] &&
				LEADER.test(head) &&
				orgs.length === 0 &&
				prev &&
				prev.who.kind === 'person' &&
				s.first - prev.last <= PRONOUN_REACH &&
				leaderWord(article.text.slice(prev.speaker.start, prev.speaker.end))
			)
				out.push({
					...s,
					who: prev.who,
					how: 'description',
					mention: prev.mention,
					named: prev.named ?? sentenceSpan(prev.mention.sentence)
				});
			continue;
		}
	}
	return out;
}

/**
 * The speaker as a question names them: an organisation by its entity's name; a person by a full
 * name (`John Matze`, never a bare `Matze` or `Rassemblement`), whatever type the corpus guessed,
 * since speaking already shows a person; a place is no speaker.
 */
function speakerEntity(e: Entity, m: Mention): SpeakerEntity | null {
	if (e.type === 'organisation')
		return e.confident ? { id: e.id, name: e.name, kind: 'organisation' } : null;
	const full = [e.name, m.text, ...e.aliases].find((a) =>
		/^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,3}$/u.test(a)
	);
	return full ? { id: e.id, name: full, kind: 'person' } : null;
}

/** A name that may be a person's: typed so, or a full name the corpus could not type. */
function personLike(n: { m: Mention; e: Entity }): boolean {
	// The corpus may type a rare full name as a place (`Donald Trump` in a short article).
	return (
		n.e.type === 'person' ||
		(n.e.type !== 'organisation' && /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}/u.test(n.m.text))
	);
}

/**
 * The organisation a sentence is about: named first, at its start or right after a short opening
 * (`Le lendemain, Apple imita Twitter.` → Apple). Null for a person, a place or no name there.
 */
function subjectOf(
	article: CleanArticle,
	mine: ArticleFacts,
	index: number
): { who: SpeakerEntity; mention: Mention } | null {
	const sentence = article.sentences[index];
	if (!sentence) return null;
	const text = article.text.slice(sentence.start, sentence.end);
	const starts = [0];
	const comma = text.indexOf(', ');
	if (comma > 0 && wordCount(text.slice(0, comma)) <= 6) starts.push(comma + 2);
	for (const at of starts) {
		// `Le lendemain, la société Suez a rompu…`: a name may follow a determiner and a noun.
		const lead = /^(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s?(?:\p{Ll}+\s){0,2})?/u.exec(
			text.slice(at)
		)![0].length;
		const n = mine.named.find(
			(x) => x.m.start === sentence.start + at || x.m.start === sentence.start + at + lead
		);
		if (!n) continue;
		const who = n.e.type === 'organisation' ? speakerEntity(n.e, n.m) : null;
		return who ? { who, mention: n.m } : null;
	}
	return null;
}

/** Whether a speaker's words hold a leader's title: `le CEO, John Matze`, `le patron de Parler`. */
function leaderWord(words: string): boolean {
	return words.split(/[\s,]+/u).some((w) => LEADER.test(w));
}

/** One mention per entity. */
function unique<T extends { e: Entity }>(named: T[]): T[] {
	return named.filter((n, i) => named.findIndex((o) => o.e.id === n.e.id) === i);
}

/** `le préfet de police |Didier Lallement` (`before_`) and `Didier Lallement|, le préfet` (`after_`). */
function describing(head: string): { before_: RegExp; after_: RegExp } {
	return {
		before_: compiledPattern(
			`(?<![\\p{L}])${head}(?:\\s+(?:de|du|des|d['’]|la|le|l['’]|\\p{Lu}[\\p{L}-]*|\\p{Ll}+(?:ain|aine|ais|aise|ien|ienne|ais|al|ale|ique|el|elle)))*\\s*$`,
			'iu'
		),
		after_: compiledPattern(`^,\\s+(?:l['’]|le\\s|la\\s|un\\s|une\\s)?${head}(?![\\p{L}])`, 'iu')
	};
}

/**
 * The person a description stands for: the head of the organisation it names (`le patron de
 * Parler` → whoever the article calls `le fondateur de Parler`), or the one person the article
 * described with the same word before (`le préfet` → `le préfet de police Didier Lallement`).
 */
function describedPerson(
	head: string,
	words: string,
	orgs: { m: Mention; e: Entity }[],
	mine: ArticleFacts,
	before: number,
	text: string
): { who: Entity; how: 'role' | 'description'; mention: Mention } | null {
	if (LEADER.test(head) && orgs.length === 1) {
		const org = orgs[0]!.e;
		const heads = mine.roles.filter((r) => {
			const noun = /^(?:le|la|l['’])\s?(\S+)/u.exec(r.role)?.[1] ?? '';
			return LEADER.test(noun) && org.aliases.some((a) => r.role.includes(a));
		});
		const found = mine.named.filter(
			(n) =>
				n.e.type !== 'organisation' &&
				heads.some((r) => r.sentence === n.m.sentence && nameKey(r.person) === nameKey(n.m.text))
		);
		const ids = new Set(found.map((n) => n.e.id));
		if (ids.size === 1) return { who: found[0]!.e, how: 'role', mention: found[0]!.m };
		return null;
	}
	if (orgs.length > 0 || /\s(?:de|d['’])\s?\d/u.test(words)) return null;
	// `le ministre américain de la Justice Bill Barr`, `David Sherman, analyste au centre…`.
	// The word and the name side by side: `le préfet de police Didier Lallement`, `David Sherman,
	// analyste`; not `le parquet a requis contre Tanguy Ifoku`, where a verb stands between.
	const { before_, after_ } = describing(head);
	const described = mine.named.filter((n) => {
		if (n.e.type === 'organisation' || n.e.type === 'place' || n.m.end > before) return false;
		return (
			before_.test(text.slice(Math.max(0, n.m.start - 80), n.m.start)) ||
			after_.test(text.slice(n.m.end, n.m.end + 40))
		);
	});
	const ids = new Set(described.map((n) => n.e.id));
	if (ids.size !== 1) return null;
	return { who: described.at(-1)!.e, how: 'description', mention: described.at(-1)!.m };
}
