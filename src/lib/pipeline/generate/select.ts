import type { Candidate } from './candidate';

/** A set holds 8 to 15 questions; 12 is a lesson's worth. */
export const MIN_QUESTIONS = 8;
export const TARGET_QUESTIONS = 12;
export const MAX_PER_TYPE = 4;

/**
 * Keeps the best questions of an article: highest score first, no more than `MAX_PER_TYPE` of a
 * type, and at most one question per sentence on a first pass (a second pass allows two, if the
 * set would otherwise be short). The result is in reading order, as a student meets the passages.
 */
export function selectQuestions(candidates: Candidate[], target = TARGET_QUESTIONS): Candidate[] {
	const ranked = [...candidates].sort(
		(a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id)
	);
	const picked: Candidate[] = [];
	const perType = new Map<string, number>();
	const perPassage = new Map<string, number>();
	for (const maxPerPassage of [1, 2]) {
		for (const c of ranked) {
			if (picked.length >= target) break;
			if (picked.includes(c)) continue;
			const type = c.question.type;
			const passages = c.passage.split('|');
			if ((perType.get(type) ?? 0) >= MAX_PER_TYPE) continue;
			if (passages.some((p) => (perPassage.get(p) ?? 0) >= maxPerPassage)) continue;
			picked.push(c);
			perType.set(type, (perType.get(type) ?? 0) + 1);
			for (const p of passages) perPassage.set(p, (perPassage.get(p) ?? 0) + 1);
		}
	}
	return picked.sort(
		(a, b) =>
			a.question.evidence[0]!.start - b.question.evidence[0]!.start ||
			a.question.id.localeCompare(b.question.id)
	);
}
