import fr from './assign-take.fr.json';
import { addNamespace } from './index';

// The student's strings, `assign.take.*` (/a): kept apart from the teacher's so the assignment
// page, a quiz page with a 60 KB budget, loads only what it shows, in French or, once chosen,
// in English.
addNamespace('assign.take', fr, { en: () => import('./assign-take.en.json') });
