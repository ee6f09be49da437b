/**
 * The teacher toolkit's data layer (issue #6): assignment links, result codes, import,
 * regrading, class table, item analysis, CSV export and the browser store. Pure TypeScript,
 * no DOM: the pages import from here.
 */
export * from './assignment';
export * from './assignment-questions';
export * from './class-table';
export type { DecodeError, EnvelopeError } from './envelope';
export * from './import-results';
export * from './item-analysis';
export * from './qr-svg';
export * from './regrade';
export * from './result-code';
export * from './result-text';
export * from './results-csv';
export * from './results-store';
export * from './select-attempts';
export * from './student-name';
export * from './student-order';
