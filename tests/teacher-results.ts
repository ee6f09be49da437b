import type { Response } from '../src/lib/grading/types';
import type { Question } from '../src/lib/questions/schema';
import {
	assignmentId,
	encodeAssignment,
	encodeResult,
	type Assignment
} from '../src/lib/teacher/index';
import { sets } from './sets';

/**
 * Test material for the results dashboard: an assignment drawn from three committed sets (a
 * single choice, a multiple choice, a cloze and a true/false question) and result codes of a
 * small class, built with the same encoders the student runner uses.
 */

/** A question of `type` from the set named by `setPrefix`, else from any set that has one. */
const pick = (type: Question['type'], setPrefix: string): Question => {
	const ofType = (s: (typeof sets)[number]) => s.questions.find((q) => q.type === type);
	const preferred = sets.find((s) => s.id.startsWith(setPrefix));
	const set = preferred && ofType(preferred) ? preferred : sets.find((s) => ofType(s))!;
	return ofType(set)!;
};

export const questions: Question[] = [
	pick('single', 'comprehension-002'),
	pick('multiple', 'comprehension-002'),
	pick('cloze', 'comprehension-000'),
	pick('true-false', 'comprehension-003')
];

export const assignment: Assignment = {
	v: 1,
	title: 'Lire la presse : Parler',
	setIds: [
		...new Set(questions.map((q) => sets.find((s) => s.questions.some((x) => x.id === q.id))!.id))
	],
	questionIds: questions.map((q) => q.id),
	shuffle: false,
	feedback: 'end',
	attempts: 2,
	due: null,
	created: '2026-11-02T08:00:00Z'
};

export const fragment = encodeAssignment(assignment);

const choices = (q: Question) => ('choices' in q ? q.choices : []);
const right = (q: Question) => choices(q).find((c) => c.correct)!.id;
const wrong = (q: Question) => choices(q).find((c) => !c.correct)!.id;

/** How a student answers each of the four questions. */
type Plan = 'right' | 'partial' | 'wrong' | 'blank';

function answer(q: Question, plan: Plan): Response | undefined {
	if (plan === 'blank') return undefined;
	if (q.type === 'multiple') {
		const good = q.choices.filter((c) => c.correct).map((c) => c.id);
		if (plan === 'right') return { type: 'multiple', choices: good };
		if (plan === 'partial') return { type: 'multiple', choices: good.slice(0, 1) };
		return { type: 'multiple', choices: [wrong(q)] };
	}
	if (q.type === 'cloze') return { type: 'cloze', text: plan === 'right' ? q.accept[0]! : 'douze' };
	const type = q.type as 'single' | 'true-false';
	return { type, choice: plan === 'right' ? right(q) : wrong(q) };
}

/** A student's code for `plans` (one per question, in order). */
export function code(student: string, attempt: number, plans: Plan[], forAssignment = assignment) {
	const responses: Record<string, Response> = {};
	questions.forEach((q, k) => {
		const r = answer(q, plans[k]!);
		if (r) responses[q.id] = r;
	});
	return encodeResult({
		v: 1,
		assignment: assignmentId(forAssignment),
		student,
		attempt,
		responses,
		started: `2026-11-03T09:0${attempt}:00Z`,
		finished: `2026-11-03T09:1${attempt}:00Z`
	});
}

/** The class: plans per student, what the table must show (best attempt). */
export const students = [
	{ name: 'Alice Martin', attempt: 1, plans: ['right', 'right', 'right', 'right'] },
	{ name: 'Bruno Petit', attempt: 1, plans: ['right', 'partial', 'wrong', 'right'] },
	{ name: 'Chloé Roux', attempt: 1, plans: ['wrong', 'right', 'blank', 'wrong'] },
	{ name: 'David Noël', attempt: 1, plans: ['right', 'wrong', 'right', 'blank'] },
	{ name: 'Emma Blanc', attempt: 1, plans: ['wrong', 'blank', 'blank', 'blank'] },
	{ name: 'Farid Haddad', attempt: 1, plans: ['right', 'blank', 'blank', 'right'] },
	{ name: 'Farid Haddad', attempt: 2, plans: ['right', 'right', 'right', 'wrong'] }
] as const satisfies { name: string; attempt: number; plans: Plan[] }[];

export const goodCodes = students.map((s) => code(s.name, s.attempt, [...s.plans]));

/** A good code with one character changed in its payload: the checksum no longer matches. */
export const damagedCode = (() => {
	const c = code('Gaspard Moreau', 1, ['right', 'right', 'right', 'right']);
	const at = 20;
	return c.slice(0, at) + (c[at] === 'x' ? 'y' : 'x') + c.slice(at + 1);
})();

/** A valid code for another assignment (same questions, made a day later). */
export const otherCode = code('Hugo Lambert', 1, ['right', 'right', 'right', 'right'], {
	...assignment,
	created: '2026-11-03T08:00:00Z'
});

/** What a teacher pastes: codes inside a message, one repeated, one damaged, one foreign. */
export const pasted = [
	'Bonjour, voici les codes de la classe :',
	...goodCodes.map((c, k) => `${students[k]!.name} : ${c}`),
	`Gaspard : ${damagedCode}`,
	`Hugo : ${otherCode}`,
	`Alice (encore) : ${goodCodes[0]}`
].join('\n');
