import fr from './assign-take-broken.fr.json';
import { addNamespace } from './index';

// What the assignment page (/a) says about a link it cannot open, `assign.take.broken.*`: loaded
// with that message only, since a working link never shows it.
addNamespace('assign.take.broken', fr, { en: () => import('./assign-take-broken.en.json') });
