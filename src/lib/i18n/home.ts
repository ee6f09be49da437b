import fr from './home.fr.json';
import { addNamespace } from './index';

// The home page's strings, namespace `home` (/): no other page carries their weight.
addNamespace('home', fr, { en: () => import('./home.en.json') });
