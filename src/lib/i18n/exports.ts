import fr from './exports.fr.json';
import { addNamespace } from './index';

// The strings of the export links of a set, namespace `exports`: a page that needs them imports this module, and no
// other page carries their weight.
addNamespace('exports', fr, { en: () => import('./exports.en.json') });
