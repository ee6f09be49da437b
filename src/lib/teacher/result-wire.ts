import type { Response } from '../grading/types';
import type { DecodeError, Opened } from './envelope';
import { MAX_NAME_LENGTH } from './student-name';
import { firstProblem, isCount, isExactObject, isText, isTexts, type Problem } from './wire-check';

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

const ID = 100;
const TEXT = 2000;
const IDS = 100;

/** One response on the wire: `[questionId, tag, value]`, tags being one letter per type. */
type WireResponse =
	| [string, 's' | 't' | 'k' | 'e', string]
	| [string, 'm', string[]]
	| [string, 'c' | 'h', string]
	| [string, 'o', string[]]
	| [string, 'x', Record<string, string>];

/** Keys an object read from a code may not carry into a response (as a schema library refuses). */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function isPairs(x: unknown): x is Record<string, string> {
	if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
	return Object.entries(x).every(
		([k, val]) => !UNSAFE_KEYS.has(k) && isText(k, ID) && isText(val, ID)
	);
}

/** Whether the value after the tag has the shape the tag says. */
const VALUE_CHECKS: Record<WireResponse[1], (x: unknown) => boolean> = {
	s: (x) => isText(x, ID),
	t: (x) => isText(x, ID),
	k: (x) => isText(x, ID),
	e: (x) => isText(x, ID),
	m: (x) => isTexts(x, IDS, ID),
	c: (x) => isText(x, TEXT),
	h: (x) => isText(x, TEXT),
	o: (x) => isTexts(x, IDS, ID),
	x: isPairs
};

function isWireResponse(x: unknown): x is WireResponse {
	if (!Array.isArray(x) || x.length < 3 || !isText(x[0], ID)) return false;
	const check = Object.hasOwn(VALUE_CHECKS, x[1]) ? VALUE_CHECKS[x[1] as WireResponse[1]] : null;
	return check !== null && check(x[2]);
}

interface Wire {
	a: string;
	n: string;
	k: number;
	r: WireResponse[];
	s: string;
	f: string;
}

const WIRE_CHECKS: Record<keyof Wire, (x: unknown) => boolean> = {
	a: (x) => isText(x, 10, /^[0-9a-f]{10}$/u),
	n: (x) => isText(x, MAX_NAME_LENGTH) && x.length >= 1,
	k: isCount,
	r: (x) => Array.isArray(x) && x.length <= 500 && x.every(isWireResponse),
	s: (x) => isText(x, 40),
	f: (x) => isText(x, 40)
};

/** What is wrong with decoded wire data (unknown or missing keys, a bad field), or null. */
function wireProblem(x: unknown): Problem {
	if (!isExactObject(x, Object.keys(WIRE_CHECKS))) return 'not an object with the result keys';
	return firstProblem(x, WIRE_CHECKS);
}

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

/** The wire form of a result, checked. Throws on a result the dashboard would refuse. */
export function resultWire(result: ResultCode): unknown {
	const wire: Wire = {
		a: result.assignment,
		n: result.student,
		k: result.attempt,
		r: Object.entries(result.responses).map(([id, r]) => responseToWire(id, r)),
		s: result.started,
		f: result.finished
	};
	const problem = wireProblem(wire);
	if (problem !== null) throw new TypeError(`cannot encode this result: ${problem}`);
	return wire;
}

/** An opened envelope read as a result: its content checked, or why it is not one. */
export function resultFromOpened(opened: Opened): DecodedResult {
	if (!opened.ok) return opened;
	const problem = wireProblem(opened.data);
	if (problem !== null) return { ok: false, error: 'content', detail: problem };
	const w = opened.data as Wire;
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
