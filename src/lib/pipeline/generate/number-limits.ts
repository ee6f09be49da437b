import type { NumberFact } from '../facts/types';
import type { SentenceText } from '../extract/sentences';
import type { NumberLimits } from './distractors';

/**
 * What a wrong number must respect to make sense in its sentence:
 * a percentage is at most 100 (`150 % des Français`), an age at most 105 (`un sénateur de
 * 220 ans`), a count of countries at most 195, and `15 des 14 pilotes` is impossible.
 */
export function limitsFor(n: NumberFact, s: SentenceText): NumberLimits {
	const after = s.text.slice(n.end - s.start);
	const caps: number[] = [];
	if (n.unit === '%') caps.push(100);
	if (/^ans?$/u.test(n.unit)) caps.push(105);
	if (n.unit === 'pays') caps.push(195);
	const partOf = /^\s(?:\p{L}+\s)?(?:des|sur|parmi les)\s(\d+)/u.exec(after);
	if (partOf) caps.push(Number(partOf[1]) - 1);
	return caps.length ? { max: Math.min(...caps) } : {};
}
