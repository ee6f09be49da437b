import fr from './error.fr.json';
import { addNamespace } from './index';

// The error page's strings, namespace `error`: only a page that fails to load shows them.
addNamespace('error', fr, { en: () => import('./error.en.json') });
