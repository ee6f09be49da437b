import fr from './assign.fr.json';
import { addNamespace } from './index';

// The teacher's strings, namespace `assign` (/teacher): a page that needs them imports this
// module, and no other page carries their weight. The student's are in `./assign-take.ts`.
addNamespace('assign', fr, { en: () => import('./assign.en.json') });
