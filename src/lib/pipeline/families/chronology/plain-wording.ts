import { sentencesOf } from '../../extract/sentences';
import type { CleanArticle } from '../../types';
import { cleanEvent } from './clean-event';
import type { EventNode } from './order-graph';
import { sameEvent, stems, type ActorEvent } from './same-event';

/**
 * A relayed article (credited to another outlet, `Via BBC`: often a translation) may word an
 * event with a word no first-hand article of the story uses (`Parler était en tête des graphiques
 * de téléchargement de l’App Store`, `download charts` turned word for word). When a first-hand
 * article tells the same event (the same names, the same kind of action or word), the node takes the
 * shortest such wording (`Parler était l'appli gratuite la plus téléchargée de l'App Store`) and
 * says where it comes from; the order still comes from the relayed article. Nodes of first-hand
 * articles, noun phrases and wordings every word of which the story shares are left as they are.
 */
export function plainWording(
	article: CleanArticle,
	nodes: EventNode[],
	story: CleanArticle[],
	actors: (text: string) => string[]
): EventNode[] {
	if (!article.meta.via) return nodes;
	// Every relayed article of a story reads the same first-hand ones: read them once per story,
	// and their sentences only when a node needs them.
	const firstHand = story.filter((a) => a.id !== article.id && !a.meta.via);
	const known = firstHandOf.get(story) ?? {
		shared: new Set(firstHand.flatMap((a) => [...stems(a.text)])),
		clauses: null
	};
	firstHandOf.set(story, known);
	return nodes.map((n) => {
		if (n.phrase || [...stems(n.text)].every((w) => known.shared.has(w))) return n;
		const clauses = (known.clauses ??= firstHand.flatMap((a) =>
			sentencesOf(a)
				.filter((s) => !s.heading)
				.flatMap((s) => {
					const text = cleanEvent(s.text, a.text.slice(0, s.start));
					return text ? [{ article: a.id, start: s.start, end: s.end, text }] : [];
				})
		));
		const own: ActorEvent = { text: n.text, actors: actors(n.text) };
		const names = namesOf(n.text);
		// Every name the same (`Parler`, `App Store`), and the same action or word.
		const plain = clauses
			.filter(
				(c) => namesOf(c.text) === names && sameEvent(own, { text: c.text, actors: actors(c.text) })
			)
			.sort((x, y) => x.text.length - y.text.length)[0];
		if (!plain) return n;
		return {
			...n,
			text: plain.text,
			borrowed: { article: plain.article, start: plain.start, end: plain.end, own: n.text }
		};
	});
}

const firstHandOf = new WeakMap<
	CleanArticle[],
	{
		shared: Set<string>;
		clauses: { article: string; start: number; end: number; text: string }[] | null;
	}
>();

/** The names a text shows, sorted, as one key: `App Store|Parler`. */
function namesOf(text: string): string {
	const names = text.match(/(?<![\p{L}-])\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*)*/gu) ?? [];
	return [
		...new Set(names.slice(/^(?:Le|La|Les|L|Un|Une|Des|De|Du)$/u.test(names[0] ?? '') ? 1 : 0))
	]
		.sort()
		.join('|');
}
