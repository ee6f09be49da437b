import fr from './kinds.fr.json';
import { addNamespace } from './index';

// The names of the kinds of sets, namespace `kinds`: the set list (/sets) filters and labels its
// sets with them; quiz pages do not carry their weight.
addNamespace('kinds', fr, { en: () => import('./kinds.en.json') });
