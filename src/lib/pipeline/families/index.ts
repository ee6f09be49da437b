import type { Family } from './family';

/** The media-literacy families, in the order their sets are listed. */
export const FAMILIES: Family[] = [];
