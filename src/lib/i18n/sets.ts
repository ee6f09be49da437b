import fr from './sets.fr.json';
import { addNamespace } from './index';

// The set list's strings (/sets: title, filters, cards), added to namespace `sets`, whose
// counts (`sets.questions`, `sets.minutes`, `sets.level`) every page showing a set finds in the
// main files.
addNamespace('sets', fr, { en: () => import('./sets.en.json') });
