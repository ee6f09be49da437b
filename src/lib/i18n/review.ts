import fr from './review.fr.json';
import { addNamespace } from './index';

// The end of a quiz, namespace `review`: score and detailed review, which the quiz pages show once
// the learner has finished (the assignment page loads them with that view).
addNamespace('review', fr, { en: () => import('./review.en.json') });
