import type { QuestionSet, SetKind } from '../../questions/schema';
import type { Candidate } from '../generate/candidate';
import { hash10 } from '../generate/hash';
import type { CleanArticle } from '../types';
import { articleLevel } from './story-level';

/** A family set needs this many questions a teacher would use; fewer, and it does not ship. */
export const FAMILY_MIN = 4;
/** At most this many questions in a family set. */
export const FAMILY_MAX = 12;

/** What a family says about its sets. */
export interface FamilyText {
	kind: SetKind;
	title: { fr: string; en: string };
	description: { fr: string; en: string };
	skill: string;
}

/** Harder of the articles' levels: the set reads them all. */
function levelOf(group: CleanArticle[]): QuestionSet['level'] {
	const levels = group.map(articleLevel);
	return levels.includes('C1') ? 'C1' : levels.includes('B2') ? 'B2' : 'B1';
}

/**
 * Picks up to `FAMILY_MAX` questions, taking each question type in turn (best score first within
 * a type, then the article's order), so a set mixes its kinds of questions; at most one question
 * per passage, so one question never gives away another's answer.
 */
export function pickFamilyQuestions(kept: Candidate[]): Candidate[] {
	const byType = new Map<string, Candidate[]>();
	for (const c of [...kept].sort((a, b) => b.score - a.score))
		byType.set(c.question.type, [...(byType.get(c.question.type) ?? []), c]);
	const queues = [...byType.values()];
	const picked: Candidate[] = [];
	const passages = new Set<string>();
	{
		for (let round = 0; picked.length < FAMILY_MAX && queues.some((q) => q.length); round++) {
			let took = false;
			for (const q of queues) {
				const i = q.findIndex((c) => c.passage.split(',').every((p) => !passages.has(p)));
				if (i < 0 || picked.length >= FAMILY_MAX) continue;
				const [c] = q.splice(i, 1);
				picked.push(c!);
				for (const p of c!.passage.split(',')) passages.add(p);
				took = true;
			}
			if (!took) break;
		}
	}
	return picked;
}

/** A family set over a story group, with an id stable across runs (`quotes-<hash of article ids>`). */
export function buildFamilySet(
	text: FamilyText,
	group: CleanArticle[],
	picked: Candidate[]
): QuestionSet {
	const ids = group.map((a) => a.id);
	return {
		id: `${text.kind}-${hash10(ids.join(','))}`,
		kind: text.kind,
		title: text.title,
		description: text.description,
		articles: ids,
		skill: text.skill,
		level: levelOf(group),
		questions: picked.map((c) => c.question)
	};
}
