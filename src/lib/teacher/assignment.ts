import {
	ASSIGNMENT_PREFIX,
	assignmentFromOpened,
	fragmentOf,
	toWire,
	wireProblem,
	type Assignment,
	type DecodedAssignment
} from './assignment-wire';
import { open, seal } from './envelope';

export {
	ASSIGNMENT_PREFIX,
	assignmentId,
	type Assignment,
	type DecodedAssignment
} from './assignment-wire';

/**
 * The compact text carried in the link's fragment (without `#`): `A1.<payload>.<check>`.
 * Throws on an assignment no student could take or that the link could not carry back (no
 * questions, malformed ids or dates, attempts below 1, an overlong title).
 */
export function encodeAssignment(assignment: Assignment): string {
	const wire = toWire(assignment);
	const problem = wireProblem(wire);
	if (problem !== null) throw new TypeError(`cannot encode this assignment: ${problem}`);
	return seal(ASSIGNMENT_PREFIX, assignment.v, wire);
}

/**
 * Reads a link fragment (with or without `#`, a whole URL is accepted too, whitespace ignored).
 * Never throws: a damaged, cut or foreign link yields an error code the interface explains.
 */
export function decodeAssignment(text: string): DecodedAssignment {
	return assignmentFromOpened(open(ASSIGNMENT_PREFIX, 1, fragmentOf(text)));
}
