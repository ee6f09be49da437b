import fr from './results.fr.json';
import { addNamespace } from './index';

// The strings of the teacher's results dashboard (/teacher/results), namespace `results`: a page that needs them imports this module, and no
// other page carries their weight.
addNamespace('results', fr, { en: () => import('./results.en.json') });
