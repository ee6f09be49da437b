import type { Span } from '../types';

/** Where a fact was read: the article and the sentence (index into `article.sentences`). */
export interface FactSource extends Span {
	article: string;
	sentence: number;
}

/** `98 publications`, `cinq personnes`, `25%`: a number and what it counts. */
export interface NumberFact extends FactSource {
	kind: 'number';
	value: number;
	/** The number as written (`15.000`, `cinq`). */
	text: string;
	/** What it counts: `publications`, `%`, `millions de utilisateurs` (the value is then 3). */
	unit: string;
	written: 'digits' | 'words';
}

/** `6 janvier 2021`, `vendredi`, `08H00 GMT`, `en 2018`. */
export interface DateFact extends FactSource {
	kind: 'date';
	text: string;
	granularity: 'day' | 'weekday' | 'time' | 'month' | 'year';
	/** ISO-like value as far as the text gives it: `2021-01-06`, `weekday:1`, `08:00`, `2018`. */
	value: string;
}

/** What an entity is, as far as the text shows. */
export type EntityType = 'person' | 'organisation' | 'place' | 'other';

/** One place where an entity is named. */
export interface Mention extends FactSource {
	kind: 'mention';
	/** The name as written, without elision (`Amazon` in `d'Amazon`). */
	text: string;
}

/** An entity of the corpus with every name it goes by. */
export interface Entity {
	id: string;
	/** The fullest name used (`Amazon Web Services`). */
	name: string;
	type: EntityType;
	/** True when the evidence for `type` is clear (two votes ahead): only such entities are asked about. */
	confident: boolean;
	/** Every form the corpus uses, including the main name. */
	aliases: string[];
	/** Spellings that look like mistakes for the same name (`John Matz` for `John Matze`). */
	variants: string[];
	mentions: Mention[];
}

/** `le fondateur de Parler, John Matz,`: a person named with their role. */
export interface RoleFact extends FactSource {
	kind: 'role';
	/** `le fondateur de Parler` */
	role: string;
	person: string;
}

/** `Amazon a décidé de suspendre le compte de Parler`: who did what, from a simple sentence. */
export interface EventFact extends FactSource {
	kind: 'event';
	subject: string;
	/** `a décidé de suspendre le compte de Parler à partir de 08H00 GMT lundi` */
	predicate: string;
	/** The past participle, to tell which events are the same action (`décidé`). */
	participle: string;
}
