import type { EventNode } from './order-graph';

/** Words that open a sentence with a capital but name nobody: `Le réseau social Parler…`. */
const DETERMINER = /^(?:Le|La|Les|L|Un|Une|Des|De|Du|D|Plusieurs|Certains|Certaines|Nombre)$/u;

/** A name: capitalised words (`Amazon Web Services`, `App Store`). */
const NAME = /(?<![\p{L}-])\p{Lu}[\p{L}\d-]*(?:\s(?:de\s|d['’])?\p{Lu}[\p{L}\d-]*)*/gu;

/** An acronym in brackets after the name it stands for: `(AWS)`, `(PAM)`. */
const ACRONYM = /\s\((\p{Lu}[\p{Lu}\d]+)\)/gu;

/**
 * `Le Programme alimentaire mondial (PAM) a suspendu…`: the name an acronym in brackets stands
 * for, from the nearest word before it that starts with its first letter, up to eight words back.
 * Returns the text with each long name replaced by its acronym, and the long names' first words.
 */
function readAcronyms(text: string): { text: string; longs: [string, string][] } {
	const longs: [string, string][] = [];
	let out = '';
	let from = 0;
	for (const m of text.matchAll(ACRONYM)) {
		const acr = m[1]!;
		const words = [...text.slice(from, m.index).matchAll(/\S+/gu)].slice(-8);
		// `Électricité de France (EDF)`: the initial without its accent.
		const head = words.findLast(
			(w) => w[0].normalize('NFD').startsWith(acr[0]!) && /^\p{Lu}/u.test(w[0])
		);
		if (!head) continue;
		const at = from + head.index;
		longs.push([/^\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*)*/u.exec(text.slice(at))![0], acr]);
		out += text.slice(from, at) + acr;
		from = m.index + m[0].length;
	}
	return { text: out + text.slice(from), longs };
}

/**
 * The actors of an event: the first names it shows, with those coordinated to them (`Google et
 * Apple ont retiré…` → Google, Apple; `sur les plateformes comme Parler ou Gab` → Parler, Gab),
 * a name with its acronym in brackets as the acronym (`Amazon Web Services (AWS) a rendu…` →
 * AWS), each as `canon` gives it (an entity id, so `AWS` and `Amazon` are one).
 */
export function actorsOf(
	e: Pick<EventNode, 'text'>,
	canon: (name: string) => string = (n) => n
): string[] {
	const text = readAcronyms(e.text).text;
	const names = [...text.matchAll(NAME)];
	const first = names.findIndex((m) => !DETERMINER.test(m[0]));
	if (first < 0) return [];
	const group = [names[first]!];
	for (const m of names.slice(first + 1)) {
		const last = group.at(-1)!;
		const between = text.slice(last.index + last[0].length, m.index);
		if (!/^(?:,\s|\set\s|\sou\s|,\set\s)$/u.test(between)) break;
		group.push(m);
	}
	// `Le PAM a suspendu…`: a capitalised determiner opening the sentence is no part of the name.
	const bare = (m: RegExpMatchArray) => m[0].replace(/^(?:Le|La|Les|Un|Une|Des|Du|De)\s/u, '');
	return [...new Set(group.map((m) => canon(bare(m))))].sort();
}

/**
 * `Long Name (ACR)` makes `ACR` another name of `Long Name`: `Amazon Web Services (AWS) a
 * rendu…`, then `Amazon Web Services a…` elsewhere, name the actor `AWS`. Read from every event
 * of a story: the long names' capitalised first words, each to its acronym.
 */
export function acronyms(texts: string[]): Map<string, string> {
	return new Map(texts.flatMap((t) => readAcronyms(t).longs));
}
