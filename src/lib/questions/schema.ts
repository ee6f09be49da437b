import * as v from 'valibot';

/**
 * The shape of a question, shared by the generator (which validates what it writes) and the app
 * (which validates what it reads). One schema, so the two cannot drift apart.
 */

/** An exact passage of a cleaned article: `quote === article.text.slice(start, end)`. */
export const Evidence = v.object({
	article: v.pipe(v.string(), v.minLength(1)),
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(1)),
	quote: v.pipe(v.string(), v.minLength(1))
});

/** A text in both interface languages. */
export const Localized = v.object({ fr: v.pipe(v.string(), v.minLength(1)), en: v.pipe(v.string(), v.minLength(1)) });

/** What a question trains, for filtering and reports. */
export const Skill = v.picklist([
	'read-numbers',
	'read-dates',
	'identify-actors',
	'identify-roles',
	'check-statements',
	'attribute-quotes',
	'identify-sources',
	'fact-or-opinion',
	'cross-check',
	'order-events'
]);

const base = {
	id: v.pipe(v.string(), v.regex(/^q-[0-9a-f]{10}$/u)),
	/** The question, in French, standing on its own. */
	prompt: v.pipe(v.string(), v.minLength(10)),
	evidence: v.pipe(v.array(Evidence), v.minLength(1)),
	/** Why the answer is right, pointing to the passage. */
	explanation: Localized,
	skill: Skill,
	/** 1 easy, 2 medium, 3 hard. */
	difficulty: v.picklist([1, 2, 3])
};

export const Choice = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z]$/u)),
	text: v.pipe(v.string(), v.minLength(1)),
	correct: v.boolean()
});

export const SingleChoice = v.object({
	...base,
	type: v.literal('single'),
	choices: v.pipe(
		v.array(Choice),
		v.minLength(3),
		v.check((cs) => cs.filter((c) => c.correct).length === 1, 'exactly one choice is right')
	)
});

export const MultipleChoice = v.object({
	...base,
	type: v.literal('multiple'),
	choices: v.pipe(
		v.array(Choice),
		v.minLength(4),
		v.check((cs) => cs.filter((c) => c.correct).length >= 2, 'at least two choices are right'),
		v.check((cs) => cs.some((c) => !c.correct), 'at least one choice is wrong')
	)
});

export const TrueFalse = v.object({
	...base,
	type: v.literal('true-false'),
	/** The statement to judge, in French. */
	statement: v.pipe(v.string(), v.minLength(10)),
	choices: v.pipe(
		v.array(Choice),
		v.length(2),
		v.check((cs) => cs.filter((c) => c.correct).length === 1, 'exactly one choice is right')
	)
});

/** The sentence with a gap: `before` + [answer] + `after`. */
export const Cloze = v.object({
	...base,
	type: v.literal('cloze'),
	before: v.string(),
	after: v.string(),
	/** Accepted answers, the first being the article's own words. */
	accept: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))
});

export const ShortAnswer = v.object({
	...base,
	type: v.literal('short'),
	accept: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))
});

/** A French text the learner orders, matches or picks, with an id unique in its question. */
export const Item = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+$/u)),
	text: v.pipe(v.string(), v.minLength(1))
});

const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((i) => i.id)).size === items.length;

/** Put `items` (shown in this order) into the order `order` (their ids, first to last). */
export const Ordering = v.pipe(
	v.object({
		...base,
		type: v.literal('ordering'),
		items: v.pipe(v.array(Item), v.minLength(3), v.check(uniqueIds, 'item ids are unique')),
		order: v.array(v.string())
	}),
	v.check(
		(q) =>
			q.order.length === q.items.length &&
			q.items.every((i) => q.order.includes(i.id)) &&
			q.order.some((id, k) => q.items[k]!.id !== id),
		'order lists every item once, and differs from the order shown'
	)
);

/** Match each of `left` (e.g. quotes) to one of `right` (e.g. speakers); `right` may hold extras. */
export const Matching = v.pipe(
	v.object({
		...base,
		type: v.literal('matching'),
		left: v.pipe(v.array(Item), v.minLength(2), v.check(uniqueIds, 'left ids are unique')),
		right: v.pipe(v.array(Item), v.minLength(2), v.check(uniqueIds, 'right ids are unique')),
		pairs: v.array(v.object({ left: v.string(), right: v.string() }))
	}),
	v.check(
		(q) =>
			q.pairs.length === q.left.length &&
			q.left.every((l) => q.pairs.some((p) => p.left === l.id)) &&
			q.pairs.every((p) => q.right.some((r) => r.id === p.right)),
		'every left item has exactly one right item'
	)
);

/** Put the French sentence `text` into one of the labelled categories (`choices`, one right). */
export const Classification = v.object({
	...base,
	type: v.literal('classification'),
	text: v.pipe(v.string(), v.minLength(10)),
	choices: v.pipe(
		v.array(Choice),
		v.minLength(2),
		v.check((cs) => cs.filter((c) => c.correct).length === 1, 'exactly one category is right')
	)
});

/** Pick, among the sentences of a passage, the one that proves `claim`. */
export const EvidenceSelection = v.object({
	...base,
	type: v.literal('evidence'),
	claim: v.pipe(v.string(), v.minLength(10)),
	sentences: v.pipe(
		v.array(Choice),
		v.minLength(3),
		v.check((cs) => cs.filter((c) => c.correct).length === 1, 'exactly one sentence proves it')
	)
});

export const Question = v.variant('type', [
	SingleChoice,
	MultipleChoice,
	TrueFalse,
	Cloze,
	ShortAnswer,
	Ordering,
	Matching,
	Classification,
	EvidenceSelection
]);

/** What a set trains: close reading of one article, or one media-literacy family. */
export const SetKind = v.picklist([
	'comprehension',
	'quotes',
	'sources',
	'fact-opinion',
	'cross-source',
	'chronology'
]);

export const QuestionSet = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-_]+$/u)),
	kind: SetKind,
	title: Localized,
	description: Localized,
	articles: v.pipe(v.array(v.string()), v.minLength(1)),
	skill: v.string(),
	/** CEFR level estimated from the text (B1, B2, C1). */
	level: v.picklist(['B1', 'B2', 'C1']),
	questions: v.pipe(v.array(Question), v.minLength(1))
});

export const SetIndexEntry = v.object({
	id: v.string(),
	kind: SetKind,
	title: Localized,
	articles: v.array(v.string()),
	skill: v.string(),
	level: v.string(),
	count: v.number()
});

export type Evidence = v.InferOutput<typeof Evidence>;
export type Localized = v.InferOutput<typeof Localized>;
export type Skill = v.InferOutput<typeof Skill>;
export type Choice = v.InferOutput<typeof Choice>;
export type Question = v.InferOutput<typeof Question>;
export type QuestionType = Question['type'];
export type Item = v.InferOutput<typeof Item>;
export type SetKind = v.InferOutput<typeof SetKind>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type QuestionSet = v.InferOutput<typeof QuestionSet>;
export type SetIndexEntry = v.InferOutput<typeof SetIndexEntry>;

export { choicesOf } from './choices';
