import type { QuestionType } from '../questions/schema';

/**
 * What a learner gave for one question, as the player stores it and as a result code carries it.
 * Ids are the question's own choice, item and category ids.
 */
export type Response =
	| { type: 'single'; choice: string }
	| { type: 'multiple'; choices: string[] }
	| { type: 'true-false'; choice: string }
	| { type: 'cloze'; text: string }
	| { type: 'short'; text: string }
	| { type: 'ordering'; order: string[] }
	/** Left item id → right item id; a left item left unmatched is absent. */
	| { type: 'matching'; pairs: Record<string, string> }
	| { type: 'classification'; choice: string }
	| { type: 'evidence'; choice: string };

/** The response shape for one question type. */
export type ResponseOf<T extends QuestionType> = Extract<Response, { type: T }>;

/** How an answer fared overall. */
export type Verdict = 'right' | 'partial' | 'wrong' | 'unanswered';

/**
 * Something the learner should know about an accepted or refused answer. `code` is stable: the
 * interface translates it (`grading.note.<code>`) with `params`.
 *
 * - `accents`: accepted, but the accents differ from `expected`.
 * - `typo`: accepted, but spelt differently from `expected`.
 * - `article`: accepted without (or with another) leading article.
 * - `number-form`: accepted, written in words or digits where the article used the other form.
 * - `expected`: refused; `expected` is what the article says.
 * - `wrong-picks`: multiple choice, `count` wrong choices were picked.
 * - `missed-picks`: multiple choice, `count` right choices were not picked.
 * - `pairs-in-order`: ordering, `count` of `total` pairs in the right order.
 * - `matches-right`: matching, `count` of `total` matches right.
 */
export interface Note {
	code:
		| 'accents'
		| 'typo'
		| 'article'
		| 'number-form'
		| 'expected'
		| 'wrong-picks'
		| 'missed-picks'
		| 'pairs-in-order'
		| 'matches-right';
	expected?: string;
	given?: string;
	count?: number;
	total?: number;
}

/** The result of grading one answer. */
export interface Grade {
	verdict: Verdict;
	/** Points earned, 0 ≤ points ≤ max, rounded to hundredths. */
	points: number;
	/** Every question is worth 1 point. */
	max: 1;
	notes: Note[];
}
