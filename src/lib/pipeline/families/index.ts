import type { Family } from './family';
import { chronology } from './chronology/chronology';
import { crossSource } from './cross-source/cross-source';

/** The media-literacy families, in the order their sets are listed. */
export const FAMILIES: Family[] = [crossSource, chronology];
