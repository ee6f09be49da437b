import { grade } from '$lib/grading/grade';
import type { Grade, Response } from '$lib/grading/types';
import * as P from '$lib/player/progress';
import {
	clearProgress,
	loadProgress,
	openStorage,
	saveProgress,
	type StorageStatus
} from '$lib/player/storage';
import type { Question } from '$lib/questions/schema';

/**
 * What a quiz runs on: a set, or an assignment's questions. `id` is the storage key of the
 * progress (a set id, or `assignment:<assignmentId>:<student>`), `questions` in the order shown.
 */
export interface QuizSource {
	id: string;
	questions: Question[];
}

/**
 * One learner on one set (or one assignment): the saved progress, kept in step with localStorage
 * after every change, and what the page needs to know about it (storage trouble, damaged data).
 */
export class Quiz {
	progress = $state<P.Progress | null>(null);
	storage = $state<StorageStatus>('ok');
	/** True when saved progress was damaged and set aside on opening. */
	recovered = $state(false);
	#store: Storage | null = null;
	#byId: Map<string, Question>;

	constructor(readonly set: QuizSource) {
		// Built once from the set and never changed: no reactivity needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#byId = new Map(set.questions.map((q) => [q.id, q]));
	}

	/** In the browser: opens storage and resumes the saved progress, if any. */
	open(): void {
		this.#store = openStorage();
		if (!this.#store) this.storage = 'unavailable';
		const loaded = loadProgress(this.#store, this.set.id);
		if (loaded.kind === 'corrupt') this.recovered = true;
		if (loaded.kind === 'ok') {
			this.progress = P.reconcile(loaded.progress, [...this.#byId.keys()]);
			if (!this.progress) clearProgress(this.#store, this.set.id);
		}
	}

	#save(next: P.Progress): void {
		this.progress = next;
		const status = saveProgress(this.#store, next);
		if (this.storage !== 'unavailable') this.storage = status;
	}

	/** A fresh round on every question; `attempt` numbers an assignment's attempts. */
	start(feedback: P.FeedbackMode, attempt = 1): void {
		const fresh = P.startProgress(this.set.id, [...this.#byId.keys()], feedback);
		this.#save({ ...fresh, attempt });
	}

	/** Forgets everything about this set (after the learner confirmed). */
	restart(): void {
		clearProgress(this.#store, this.set.id);
		this.progress = null;
	}

	get current(): Question | null {
		const p = this.progress;
		return p ? (this.#byId.get(p.round[p.at]!) ?? null) : null;
	}

	question(id: string): Question | undefined {
		return this.#byId.get(id);
	}

	response(id: string): Response | undefined {
		return this.progress?.responses[id];
	}

	isChecked(id: string): boolean {
		return this.progress?.checked.includes(id) ?? false;
	}

	gradeOf(id: string): Grade {
		return grade(this.#byId.get(id)!, this.response(id));
	}

	answer(id: string, response: Response): void {
		if (this.progress) this.#save(P.answer(this.progress, id, response));
	}

	check(id: string): void {
		if (this.progress) this.#save(P.check(this.progress, id));
	}

	goTo(index: number): void {
		if (this.progress) this.#save(P.goTo(this.progress, index));
	}

	finish(): void {
		if (this.progress) this.#save(P.finish(this.progress));
	}

	/** Every question of the set, graded: the review reads this. */
	get grades(): { question: Question; grade: Grade }[] {
		return this.set.questions.map((question) => ({ question, grade: this.gradeOf(question.id) }));
	}

	/** Questions not fully right, in set order. */
	get missed(): string[] {
		return this.grades.filter((g) => g.grade.verdict !== 'right').map((g) => g.question.id);
	}

	retryMissed(): void {
		if (this.progress) this.#save(P.retry(this.progress, this.missed));
	}
}
