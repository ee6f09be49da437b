import type { NumberFact } from '../facts/types';
import { frenchNumberWords } from '../facts/french-numbers';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { numberDistractors } from './distractors';
import { gapIn, withPassage } from './gap';
import { frenchTypography, guillemets } from './typography';

/**
 * Numbers with what they count, asked two ways: type the number into the sentence (cloze), or
 * pick it among numbers of the same order (single choice).
 * `AWS a déclaré avoir trouvé [98] publications sur Parler qui incitent clairement à la violence.`
 */
export function askNumbers({
	article,
	sentences,
	mine: { numbers }
}: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	const mine = numbers;
	for (const n of mine) {
		const sentence = sentences[n.sentence]!;
		const same = mine.filter((m) => m.sentence === n.sentence);
		// The answer must not show elsewhere in the sentence.
		if (sentence.text.split(n.text).length > 2) continue;
		const gap = gapIn(sentence, n.start, n.end);
		const evidence = [evidenceOf(article, sentence.start, sentence.end)];
		const accept = acceptedForms(n);
		const explanation = {
			fr: frenchTypography(`L’article donne ce nombre : ${guillemets(sentence.text)}`),
			en: `The article gives this number: “${sentence.text}”`
		};
		const asks = `number:${n.article}:${n.start}`;
		const common = { passage: `${article.id}#${n.sentence}`, asks, supports: [n.text] };
		out.push({
			...common,
			score: 8 + (n.unit === '%' ? 1 : 0),
			contradicts: [],
			question: {
				...baseFields(
					'cloze',
					evidence,
					accept[0]!,
					frenchTypography('Complétez la phrase de l’article : quel nombre manque ?'),
					explanation,
					'read-numbers',
					difficultyOf(2, sentence.text)
				),
				type: 'cloze',
				before: gap.before,
				after: gap.after,
				accept
			}
		});
		const wrong = numberDistractors(
			n.value,
			n.written,
			same.map((m) => m.value),
			n.text
		);
		if (wrong.length < 3) continue;
		out.push({
			...common,
			score: 7,
			contradicts: wrong,
			question: {
				...baseFields(
					'single',
					evidence,
					n.text,
					withPassage(`D’après l’article, quel nombre manque dans cette phrase ?`, gap.shown),
					explanation,
					'read-numbers',
					difficultyOf(1, sentence.text)
				),
				type: 'single',
				choices: letteredChoices([n.text], wrong, n.text + sentence.text)
			}
		});
	}
	return out;
}

/** The number as written, in digits and in words: `98`, `quatre-vingt-dix-huit`. */
function acceptedForms(n: NumberFact): string[] {
	const forms = [n.text, String(n.value)];
	const words = frenchNumberWords(n.value);
	if (words) forms.push(words);
	return [...new Set(forms)];
}
