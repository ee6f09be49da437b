import type { Family } from './family';
import { crossSource } from './cross-source/cross-source';

/** The media-literacy families, in the order their sets are listed. */
export const FAMILIES: Family[] = [crossSource];
