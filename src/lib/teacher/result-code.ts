import * as v from 'valibot';
import type { Response } from '../grading/types';
import { open, seal, type DecodeError } from './envelope';
import { MAX_NAME_LENGTH } from './student-name';

/**
 * What a student hands in: who, which attempt at which assignment, and the raw answers. No
 * score: the dashboard grades again from the answers, so a code edited by hand gains nothing.
 */
export interface ResultCode {
	v: 1;
	/** `assignmentId` of the assignment answered. */
	assignment: string;
	/** The name typed by the student (see `cleanName`). */
	student: string;
	/** 1 for the first attempt. */
	attempt: number;
	/** Question id → answer; a question left blank is absent. */
	responses: Record<string, Response>;
	/** ISO date-times of the first screen and of handing in. */
	started: string;
	finished: string;
}

/** The outcome of reading one result code. */
export type DecodedResult =
	{ ok: true; result: ResultCode } | { ok: false; error: DecodeError; detail: string };

/** Envelope prefix of result codes, recognisable in a message: `RCP1.<payload>.<check>`. */
export const RESULT_PREFIX = 'RCP';

const Id = v.pipe(v.string(), v.maxLength(100));
const Text = v.pipe(v.string(), v.maxLength(2000));
const Ids = v.pipe(v.array(Id), v.maxLength(100));

/** One response on the wire: `[questionId, tag, value]`, tags being one letter per type. */
const WireResponse = v.union([
	v.tuple([Id, v.picklist(['s', 't', 'k', 'e']), Id]),
	v.tuple([Id, v.literal('m'), Ids]),
	v.tuple([Id, v.picklist(['c', 'h']), Text]),
	v.tuple([Id, v.literal('o'), Ids]),
	v.tuple([Id, v.literal('x'), v.record(Id, Id)])
]);
type WireResponse = v.InferOutput<typeof WireResponse>;

const Wire = v.strictObject({
	a: v.pipe(v.string(), v.regex(/^[0-9a-f]{10}$/u)),
	n: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH)),
	k: v.pipe(v.number(), v.integer(), v.minValue(1)),
	r: v.pipe(v.array(WireResponse), v.maxLength(500)),
	s: v.pipe(v.string(), v.maxLength(40)),
	f: v.pipe(v.string(), v.maxLength(40))
});

const TAGS = {
	single: 's',
	'true-false': 't',
	classification: 'k',
	evidence: 'e',
	multiple: 'm',
	cloze: 'c',
	short: 'h',
	ordering: 'o',
	matching: 'x'
} as const satisfies Record<Response['type'], string>;

function responseToWire(id: string, r: Response): WireResponse {
	switch (r.type) {
		case 'single':
		case 'true-false':
		case 'classification':
		case 'evidence':
			return [id, TAGS[r.type], r.choice];
		case 'multiple':
			return [id, 'm', r.choices];
		case 'cloze':
		case 'short':
			return [id, TAGS[r.type], r.text];
		case 'ordering':
			return [id, 'o', r.order];
		case 'matching':
			return [id, 'x', r.pairs];
	}
}

function responseFromWire(w: WireResponse): Response {
	switch (w[1]) {
		case 's':
			return { type: 'single', choice: w[2] };
		case 't':
			return { type: 'true-false', choice: w[2] };
		case 'k':
			return { type: 'classification', choice: w[2] };
		case 'e':
			return { type: 'evidence', choice: w[2] };
		case 'm':
			return { type: 'multiple', choices: w[2] };
		case 'c':
			return { type: 'cloze', text: w[2] };
		case 'h':
			return { type: 'short', text: w[2] };
		case 'o':
			return { type: 'ordering', order: w[2] };
		case 'x':
			return { type: 'matching', pairs: w[2] };
	}
}

/**
 * The compact, pastable code of a result: `RCP1.<payload>.<check>`, letters, digits, `-`, `_`
 * and two dots only. Throws on a result the dashboard would refuse (empty or overlong name,
 * attempt below 1, malformed assignment id).
 */
export function encodeResult(result: ResultCode): string {
	const wire = {
		a: result.assignment,
		n: result.student,
		k: result.attempt,
		r: Object.entries(result.responses).map(([id, r]) => responseToWire(id, r)),
		s: result.started,
		f: result.finished
	};
	return seal(RESULT_PREFIX, result.v, v.parse(Wire, wire));
}

/** Reads one result code, whitespace and line breaks ignored. Never throws. */
export function decodeResult(code: string): DecodedResult {
	const opened = open(RESULT_PREFIX, 1, code);
	if (!opened.ok) return opened;
	const parsed = v.safeParse(Wire, opened.data);
	if (!parsed.success) return { ok: false, error: 'content', detail: v.summarize(parsed.issues) };
	const w = parsed.output;
	// fromEntries defines keys, so an id such as "__proto__" cannot reach the prototype.
	const responses = Object.fromEntries(w.r.map((r) => [r[0], responseFromWire(r)]));
	return {
		ok: true,
		result: {
			v: 1,
			assignment: w.a,
			student: w.n,
			attempt: w.k,
			responses,
			started: w.s,
			finished: w.f
		}
	};
}
