import type { Family } from './family';
import { chronology } from './chronology/chronology';
import { crossSource } from './cross-source/cross-source';
import { factOpinionFamily } from './fact-opinion/fact-opinion-family';
import { quotesFamily } from './quotes/quotes-family';
import { sourcesFamily } from './sources/sources-family';

/** The media-literacy families, in the order their sets are listed. */
export const FAMILIES: Family[] = [
	quotesFamily,
	sourcesFamily,
	factOpinionFamily,
	crossSource,
	chronology
];
