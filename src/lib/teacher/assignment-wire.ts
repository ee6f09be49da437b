import { hash10 } from '../pipeline/generate/hash';
import type { DecodeError, Opened } from './envelope';
import { firstProblem, isCount, isExactObject, isText, isTexts, type Problem } from './wire-check';

/**
 * An assignment as the teacher builds it and the student's link carries it. Questions are always
 * an explicit ordered pick (the teacher screen turns "10 questions from these sets" into ids), so
 * every student of one link gets the same questions.
 */
export interface Assignment {
	v: 1;
	/** Shown to the student and in the dashboard. */
	title: string;
	/** Sets to load to find the questions (the question files are grouped by set). */
	setIds: string[];
	/** The questions, in the order shown when `shuffle` is off. */
	questionIds: string[];
	/** Each student gets their own stable order (see `studentOrder`). */
	shuffle: boolean;
	/** Right/wrong and explanation after each question, or only at the end. */
	feedback: 'each' | 'end';
	/** Attempts allowed, null for unlimited. */
	attempts: number | null;
	/** Due date, `YYYY-MM-DD` or a full ISO date-time, or null. */
	due: string | null;
	/** When the teacher made it (ISO); makes two otherwise equal assignments distinct. */
	created: string;
}

/** The outcome of reading an assignment link. */
export type DecodedAssignment =
	{ ok: true; assignment: Assignment } | { ok: false; error: DecodeError; detail: string };

/** Envelope prefix of assignment links: `A1.<payload>.<check>`. */
export const ASSIGNMENT_PREFIX = 'A';

const QUESTION_ID = /^q-[0-9a-f]{10}$/u;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/u;

/** The wire form: short keys, question ids as one string of their hex parts. */
export interface Wire {
	t: string;
	s: string[];
	q: string;
	h: 0 | 1;
	f: 'e' | 'n';
	a: number | null;
	d: string | null;
	c: string;
}

const WIRE_CHECKS: Record<keyof Wire, (x: unknown) => boolean> = {
	t: (x) => isText(x, 300),
	s: (x) => isTexts(x, 200, 200),
	q: (x) => isText(x, Infinity, /^(?:[0-9a-f]{10})+$/u),
	h: (x) => x === 0 || x === 1,
	f: (x) => x === 'e' || x === 'n',
	a: (x) => x === null || isCount(x),
	d: (x) => x === null || isText(x, Infinity, ISO),
	c: (x) => isText(x, Infinity, ISO)
};

/** What is wrong with decoded wire data (unknown or missing keys, a bad field), or null. */
export function wireProblem(x: unknown): Problem {
	if (!isExactObject(x, Object.keys(WIRE_CHECKS))) return 'not an object with the assignment keys';
	return firstProblem(x, WIRE_CHECKS);
}

export function toWire(a: Assignment): Wire {
	const bad = a.questionIds.find((id) => !QUESTION_ID.test(id));
	if (bad !== undefined) throw new TypeError(`not a question id: ${bad}`);
	if (a.questionIds.length === 0) throw new TypeError('an assignment needs at least one question');
	return {
		t: a.title,
		s: a.setIds,
		q: a.questionIds.map((id) => id.slice(2)).join(''),
		h: a.shuffle ? 1 : 0,
		f: a.feedback === 'each' ? 'e' : 'n',
		a: a.attempts,
		d: a.due,
		c: a.created
	};
}

function fromWire(w: Wire): Assignment {
	return {
		v: 1,
		title: w.t,
		setIds: w.s,
		questionIds: (w.q.match(/.{10}/gu) ?? []).map((hex) => `q-${hex}`),
		shuffle: w.h === 1,
		feedback: w.f === 'e' ? 'each' : 'end',
		attempts: w.a,
		due: w.d,
		created: w.c
	};
}

/**
 * A stable 10-hex-digit id of an assignment, written into every result code so the dashboard
 * can tell which assignment a code answers. Equal assignments have equal ids.
 */
export function assignmentId(assignment: Assignment): string {
	return hash10(JSON.stringify(toWire(assignment)));
}

/** An opened envelope read as an assignment: its content checked, or why it is not one. */
export function assignmentFromOpened(opened: Opened): DecodedAssignment {
	if (!opened.ok) return opened;
	const problem = wireProblem(opened.data);
	if (problem !== null) return { ok: false, error: 'content', detail: problem };
	return { ok: true, assignment: fromWire(opened.data as Wire) };
}

/** The fragment of a link (text after `#`), or the whole text when it has none. */
export function fragmentOf(text: string): string {
	const hash = text.indexOf('#');
	return hash >= 0 ? text.slice(hash + 1) : text;
}
