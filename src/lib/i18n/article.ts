import fr from './article.fr.json';
import { addNamespace } from './index';

// The strings about an article, namespace `article`: its page (/articles/[id]) and the article
// cards of the home page; quiz pages do not carry their weight.
addNamespace('article', fr, { en: () => import('./article.en.json') });
