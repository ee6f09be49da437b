import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage';
import {
	assignmentQuizId,
	attemptsLeft,
	forgetStudent,
	isLate,
	lastStudent,
	loadAttempt,
	rememberStudent,
	saveAttempt
} from './assignment-run';

describe('assignmentQuizId', () => {
	it('is the same for one student whatever the spacing or case typed', () => {
		expect(assignmentQuizId('0123456789', ' Léa  Martin')).toBe(
			assignmentQuizId('0123456789', 'léa martin')
		);
		expect(assignmentQuizId('0123456789', 'Léa')).not.toBe(assignmentQuizId('0123456789', 'Lea'));
	});
});

describe('isLate', () => {
	it('counts a due date as the whole of that day', () => {
		expect(isLate('2026-11-23', new Date(2026, 10, 23, 23, 59))).toBe(false);
		expect(isLate('2026-11-23', new Date(2026, 10, 24, 0, 1))).toBe(true);
		expect(isLate(null, new Date(2030, 0, 1))).toBe(false);
	});
	it('compares a date-time as given', () => {
		expect(isLate('2026-11-23T10:00:00Z', new Date('2026-11-23T10:30:00Z'))).toBe(true);
		expect(isLate('2026-11-23T10:00:00Z', new Date('2026-11-23T09:30:00Z'))).toBe(false);
	});
});

describe('attemptsLeft', () => {
	it('counts down, never below zero, and is unlimited for null', () => {
		expect(attemptsLeft(3, 1)).toBe(2);
		expect(attemptsLeft(1, 1)).toBe(0);
		expect(attemptsLeft(1, 4)).toBe(0);
		expect(attemptsLeft(null, 9)).toBe(Infinity);
	});
});

describe('storage of the attempt and the name', () => {
	it('round-trips, ignores damage and forgets everything on request', () => {
		const s = new MemoryStorage();
		const id = assignmentQuizId('0123456789', 'Léa');
		expect(loadAttempt(s, id)).toBeNull();
		saveAttempt(s, id, { student: 'Léa', started: '2026-11-23T10:00:00Z', finished: null });
		expect(loadAttempt(s, id)?.student).toBe('Léa');
		rememberStudent(s, '0123456789', '  Léa   Martin ');
		expect(lastStudent(s, '0123456789')).toBe('Léa Martin');
		s.setItem('recoupe.progress.x', '{}');
		forgetStudent(s, '0123456789', id, 'recoupe.progress.x');
		expect(loadAttempt(s, id)).toBeNull();
		expect(lastStudent(s, '0123456789')).toBe('');
		expect(s.getItem('recoupe.progress.x')).toBeNull();
		s.setItem(`recoupe.attempt.${id}`, '{not json');
		expect(loadAttempt(s, id)).toBeNull();
	});
});
