import { removeBlocks, type Draft } from '../draft';
import { promptReason } from './prompts';

/**
 * Drops newsletter and comment prompts wherever they sit:
 * `Envie de ne louper aucun de nos articles ? Abonnez vous pour recevoir…`, `Cliquez pour commenter`.
 */
export function removePrompts(draft: Draft): Draft {
	return removeBlocks(draft, (b) => promptReason(b.text));
}
