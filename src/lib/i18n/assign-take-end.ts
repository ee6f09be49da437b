import fr from './assign-take-end.fr.json';
import { addNamespace } from './index';

// The end of an attempt on the assignment page (/a), `assign.take.end.*`: attempts left, trying
// again, forgetting the name. Loaded with that view, while the student answers.
addNamespace('assign.take.end', fr, { en: () => import('./assign-take-end.en.json') });
