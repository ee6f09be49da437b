import en from './assign.en.json';
import fr from './assign.fr.json';
import { addNamespace } from './index';

// The teacher toolkit's strings, namespace `assign` (/teacher and the student's /a): a page that
// needs them imports this module, and no other page carries their weight.
addNamespace('assign', { fr, en });
