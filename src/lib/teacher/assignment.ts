import * as v from 'valibot';
import { hash10 } from '../pipeline/generate/hash';
import { open, seal, type DecodeError } from './envelope';

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
const Wire = v.strictObject({
	t: v.pipe(v.string(), v.maxLength(300)),
	s: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(200)),
	q: v.pipe(v.string(), v.regex(/^(?:[0-9a-f]{10})+$/u)),
	h: v.picklist([0, 1]),
	f: v.picklist(['e', 'n']),
	a: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
	d: v.nullable(v.pipe(v.string(), v.regex(ISO))),
	c: v.pipe(v.string(), v.regex(ISO))
});
type Wire = v.InferOutput<typeof Wire>;

function toWire(a: Assignment): Wire {
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
 * The compact text carried in the link's fragment (without `#`): `A1.<payload>.<check>`.
 * Throws on an assignment no student could take or that the link could not carry back (no
 * questions, malformed ids or dates, attempts below 1, an overlong title).
 */
export function encodeAssignment(assignment: Assignment): string {
	return seal(ASSIGNMENT_PREFIX, assignment.v, v.parse(Wire, toWire(assignment)));
}

/**
 * Reads a link fragment (with or without `#`, a whole URL is accepted too, whitespace ignored).
 * Never throws: a damaged, cut or foreign link yields an error code the interface explains.
 */
export function decodeAssignment(text: string): DecodedAssignment {
	const hash = text.indexOf('#');
	const opened = open(ASSIGNMENT_PREFIX, 1, hash >= 0 ? text.slice(hash + 1) : text);
	if (!opened.ok) return opened;
	const parsed = v.safeParse(Wire, opened.data);
	if (!parsed.success) {
		return { ok: false, error: 'content', detail: v.summarize(parsed.issues) };
	}
	return { ok: true, assignment: fromWire(parsed.output) };
}

/**
 * A stable 10-hex-digit id of an assignment, written into every result code so the dashboard
 * can tell which assignment a code answers. Equal assignments have equal ids.
 */
export function assignmentId(assignment: Assignment): string {
	return hash10(JSON.stringify(toWire(assignment)));
}
