import { stableShuffle } from '../pipeline/generate/hash';
import { assignmentId, type Assignment } from './assignment-wire';
import { nameKey } from './student-name';

/**
 * The order in which one student sees the questions. With `shuffle` off, the teacher's order;
 * with it on, a shuffle seeded by the assignment and the student's name: reloading the page or
 * making another attempt gives the same order, two students usually get different ones, and the
 * dashboard can rebuild any student's order from the code alone.
 */
export function studentOrder(assignment: Assignment, studentName: string): string[] {
	if (!assignment.shuffle) return [...assignment.questionIds];
	const seed = `${assignmentId(assignment)}|${nameKey(studentName)}|`;
	return stableShuffle(assignment.questionIds, (id) => id, seed);
}
