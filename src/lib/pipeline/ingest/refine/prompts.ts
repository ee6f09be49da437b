import type { RemovalReason } from '../../types';

/**
 * Site prompts addressed to the reader, recognised by their imperative or second-person wording.
 * A sentence of an article *about* a newsletter ("Le journal a lancé une newsletter.") does not
 * address the reader, so it does not match.
 */
const NEWSLETTER = [
	// `Newsletter`, `Newsletters`
	/^newsletters?$/iu,
	// `Inscrivez vous à la newsletter`, `Abonnez-vous pour recevoir chaque semaine…`
	/\b(?:abonnez|inscrivez)[- ]vous\b/iu,
	// `Restez informé ! Recevez des alertes pour être au courant…`
	/^(?:restez informée?s?|recevez (?:des|nos|chaque|gratuitement))(?!\p{L})/iu,
	// `Envie de ne louper aucun de nos articles ?`
	/\bne (?:rien )?(?:louper|manquer|rater) aucun(?:e)? de nos\b/iu,
	/\bvotre (?:adresse )?e-?mail\b.*\b(?:newsletter|lettre d'information)\b/iu
];

const COMMENTS = [
	// `Cliquez pour commenter`, `Réagir à cet article`, `Commentaires`
	/^(?:cliquez (?:ici )?pour (?:commenter|réagir)|réagir à cet article|commentaires?|\d+ commentaires?|réagir)$/iu,
	// `L'espace des commentaires est ouvert aux inscrits.`
	/\bespace (?:des )?commentaires\b/iu,
	// `Connectez-vous ou créez un compte pour pouvoir commenter cet article.`
	/\b(?:connectez|identifiez)[- ]vous\b.*\b(?:commenter|réagir)\b/iu,
	/\bsoyez le premier à (?:commenter|réagir)\b/iu
];

/** A word every prompt above holds: lines without one (most) skip the patterns. */
const PROMPT_WORD =
	/newsletter|abonnez|inscrivez|restez|recevez|louper|manquer|rater|mail|comment|réagir|connectez|identifiez/iu;

/** Longest line a prompt can be: prompts are short, article paragraphs are not. */
const MAX_PROMPT_LENGTH = 300;

/** Says whether a line is a newsletter or comment prompt, and which. */
export function promptReason(line: string): RemovalReason | null {
	if (line.length > MAX_PROMPT_LENGTH || !PROMPT_WORD.test(line)) return null;
	if (NEWSLETTER.some((re) => re.test(line))) return 'newsletter-prompt';
	if (COMMENTS.some((re) => re.test(line))) return 'comment-prompt';
	return null;
}
