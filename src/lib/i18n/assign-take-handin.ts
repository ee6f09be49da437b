import fr from './assign-take-handin.fr.json';
import { addNamespace } from './index';

// The hand-in panel's strings, `assign.take.handin.*`: loaded with the panel, when an attempt on
// the assignment page (/a) ends.
addNamespace('assign.take.handin', fr, { en: () => import('./assign-take-handin.en.json') });
