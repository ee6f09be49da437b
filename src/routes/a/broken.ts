import type { DecodeError } from '$lib/teacher/envelope';

/**
 * Why the assignment page cannot run a quiz: the link's own decoding errors, no link at all
 * (`empty`), none of its questions left on the site (`gone`), or the questions not loading
 * (`network`). Each has its own explanation in both languages.
 */
export type Broken = DecodeError | 'empty' | 'gone' | 'network';
