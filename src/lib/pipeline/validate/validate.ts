import type { Candidate } from '../generate/candidate';
import { CHECKS, type CheckContext } from './checks';

/** A candidate that failed, with every reason. */
export interface Dropped {
	candidate: Candidate;
	reasons: string[];
}

/**
 * Runs every hard check on every candidate; also drops a question that asks what an earlier one
 * already asked (the same fact, in whatever form, or the same prompt and answer).
 */
export function validate(
	candidates: Candidate[],
	ctx: CheckContext
): { kept: Candidate[]; dropped: Dropped[] } {
	const kept: Candidate[] = [];
	const dropped: Dropped[] = [];
	const seen = new Set<string>();
	for (const c of candidates) {
		const reasons = CHECKS.map((check) => check(c, ctx)).filter((r): r is string => r !== null);
		const key = c.asks;
		const text = `${c.question.prompt}|${'statement' in c.question ? c.question.statement : ''}|${c.supports.join()}`;
		if (seen.has(key) || seen.has(text))
			reasons.push('duplicate: asks the same thing as another question');
		if (reasons.length > 0) dropped.push({ candidate: c, reasons });
		else {
			kept.push(c);
			seen.add(key);
			seen.add(text);
		}
	}
	return { kept, dropped };
}
