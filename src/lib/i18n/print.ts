import fr from './print.fr.json';
import { addNamespace } from './index';

// The strings of printable worksheets, namespace `print`: a page that needs them imports this module, and no
// other page carries their weight.
addNamespace('print', fr, { en: () => import('./print.en.json') });
