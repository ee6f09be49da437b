import { describe, expect, it } from 'vitest';
import { assignmentId } from './assignment';
import { importResults, type ImportedResult } from './import-results';
import { encodeResult, type ResultCode } from './result-code';
import { assignmentOf, pick, single } from './test-fixtures';

const questions = [single('0000000001'), single('0000000002')];
const assignment = assignmentOf(questions);
const other = assignmentOf(questions, { title: 'Un autre devoir' });

function code(student: string, extra: Partial<ResultCode> = {}): string {
	return encodeResult({
		v: 1,
		assignment: assignmentId(assignment),
		student,
		attempt: 1,
		responses: { 'q-0000000001': pick('a'), 'q-0000000002': pick('b') },
		started: '2025-02-10T08:00:00.000Z',
		finished: '2025-02-10T08:20:00.000Z',
		...extra
	});
}

const reasons = (batch: ReturnType<typeof importResults>) =>
	batch.outcomes.map((o) => (o.ok ? 'ok' : o.rejection.reason));

describe('importResults', () => {
	it('accepts every good code of a paste, in order', () => {
		const batch = importResults(
			assignment,
			[],
			[{ source: 'paste', text: `${code('Léa Martin')}\n${code('Yanis Benali')}` }]
		);
		expect(reasons(batch)).toEqual(['ok', 'ok']);
		expect(batch.results.map((r) => r.result.student)).toEqual(['Léa Martin', 'Yanis Benali']);
	});

	it('rejects, code by code, a damaged code and one for another assignment', () => {
		const good = code('Léa Martin');
		const damaged = good.slice(0, 20) + (good[20] === 'x' ? 'y' : 'x') + good.slice(21);
		const foreign = code('Hugo Petit', { assignment: assignmentId(other) });
		const batch = importResults(
			assignment,
			[],
			[
				{ source: 'paste', text: `${damaged} ${foreign}` },
				{ source: 'lea.txt', text: good }
			]
		);
		expect(reasons(batch)).toEqual(['damaged', 'other-assignment', 'ok']);
		expect(batch.outcomes[0]).toMatchObject({ rejection: { error: 'checksum' } });
		expect(batch.outcomes[1]).toMatchObject({
			source: 'paste',
			rejection: { assignment: assignmentId(other) }
		});
		expect(batch.results).toHaveLength(1);
	});

	it('rejects a code already imported, and another code for the same student and attempt', () => {
		const first = importResults(assignment, [], [{ source: 'paste', text: code('Léa Martin') }]);
		const again = importResults(assignment, first.results, [
			{ source: 'paste', text: code('Léa Martin') },
			{ source: 'paste', text: code('  léa martin', { finished: '2025-02-10T08:25:00.000Z' }) },
			{ source: 'paste', text: code('Léa Martin', { attempt: 2 }) }
		]);
		expect(again.outcomes.map((o) => !o.ok && o.rejection)).toEqual([
			{ reason: 'duplicate', of: 'same-code', student: 'Léa Martin', attempt: 1 },
			{ reason: 'duplicate', of: 'same-attempt', student: '  léa martin', attempt: 1 },
			false
		]);
		expect(again.results.map((r) => r.result.attempt)).toEqual([1, 2]);
	});

	it('catches a repeat inside one batch too', () => {
		const c = code('Chloé Nguyen');
		const batch = importResults(
			assignment,
			[],
			[
				{ source: 'a.txt', text: c },
				{ source: 'b.txt', text: c }
			]
		);
		expect(reasons(batch)).toEqual(['ok', 'duplicate']);
	});

	it('says when a file holds no code', () => {
		const batch = importResults(assignment, [], [{ source: 'notes.txt', text: 'Bonne journée' }]);
		expect(batch.outcomes).toEqual([
			{ source: 'notes.txt', text: 'Bonne journée', ok: false, rejection: { reason: 'no-code' } }
		]);
	});

	it('warns about unknown questions, extra attempts and late hand-ins without refusing them', () => {
		const text = code('Inès Roux', {
			attempt: 3,
			finished: '2025-02-15T07:00:00.000Z',
			responses: { 'q-0000000001': pick('a'), 'q-9999999999': pick('c') }
		});
		const [outcome] = importResults(assignment, [], [{ source: 'paste', text }]).outcomes;
		expect(outcome).toMatchObject({ ok: true });
		expect(outcome!.ok && outcome!.warnings).toEqual([
			{ code: 'unknown-questions', ids: ['q-9999999999'] },
			{ code: 'attempt-over-limit', attempt: 3, limit: 2 },
			{ code: 'late', finished: '2025-02-15T07:00:00.000Z', due: '2025-02-14' }
		]);
	});

	it('treats the due date as lasting the whole day', () => {
		const text = code('Hugo Petit', { finished: '2025-02-14T22:00:00.000Z' });
		const [outcome] = importResults(assignment, [], [{ source: 'paste', text }]).outcomes;
		expect(outcome!.ok && outcome!.warnings).toEqual([]);
	});

	it('keeps existing results first and does not modify them', () => {
		const existing: ImportedResult[] = importResults(
			assignment,
			[],
			[{ source: 'paste', text: code('Léa Martin') }]
		).results;
		const snapshot = structuredClone(existing);
		const batch = importResults(assignment, existing, [
			{ source: 'p', text: code('Yanis Benali') }
		]);
		expect(existing).toEqual(snapshot);
		expect(batch.results[0]).toBe(existing[0]);
	});
});
