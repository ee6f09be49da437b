import {
	ASSIGNMENT_PREFIX,
	assignmentFromOpened,
	fragmentOf,
	type DecodedAssignment
} from './assignment-wire';
import { openStream } from './envelope-stream';

/**
 * Reads a link fragment like `decodeAssignment`, with the browser's own inflate: what the
 * student's page uses, so that it ships no compression library. Never rejects.
 */
export async function readAssignment(text: string): Promise<DecodedAssignment> {
	return assignmentFromOpened(await openStream(ASSIGNMENT_PREFIX, 1, fragmentOf(text)));
}
