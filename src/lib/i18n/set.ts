import fr from './set.fr.json';
import { addNamespace } from './index';

// The strings of a set's own page (/sets/[id]) around the quiz, namespace `set`: its start panel
// and review. The assignment page (/a) runs the same quiz without them.
addNamespace('set', fr, { en: () => import('./set.en.json') });
