import type { NumberFact } from '../facts/types';
import { frenchNumberWords } from '../facts/french-numbers';
import { askableNumber } from './askable';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { numberDistractors } from './distractors';
import { gapIn, withPassage } from './gap';
import { passageFor } from './passage';
import { frenchTypography, guillemets } from './typography';
import { hash10 } from './hash';

/**
 * Numbers with what they count, asked one way or the other (by a stable coin toss): type the
 * number into the sentence (cloze), or pick it among numbers of the same order (single choice).
 * `AWS a déclaré avoir trouvé [98] publications sur Parler qui incitent clairement à la violence.`
 */
export function askNumbers({ article, sentences, mine }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	for (const n of mine.numbers) {
		const sentence = sentences[n.sentence]!;
		const passage = passageFor(sentences, n.sentence, article.text);
		if (!passage || !askableNumber(n, sentence)) continue;
		const gap = gapIn(passage, n.start, n.end);
		const evidence = [evidenceOf(article, passage.start, passage.end)];
		const explanation = {
			fr: frenchTypography(`L’article donne ce nombre : ${guillemets(passage.text)}`),
			en: `The article gives this number: “${passage.text}”`
		};
		const common = {
			passage: `${article.id}#${n.sentence}`,
			asks: `number:${n.article}:${n.start}`,
			supports: [n.text]
		};
		const sameSentence = mine.numbers.filter((m) => m.sentence === n.sentence).map((m) => m.value);
		const wrong = numberDistractors(n.value, n.written, sameSentence, n.text);
		const typed = parseInt(hash10(sentence.text + n.text), 16) % 2 === 0 || wrong.length < 3;
		if (typed) {
			out.push({
				...common,
				score: 8,
				contradicts: [],
				question: {
					...baseFields(
						'cloze',
						evidence,
						n.text,
						frenchTypography('Complétez la phrase de l’article : quel nombre manque ?'),
						explanation,
						'read-numbers',
						difficultyOf(2, sentence.text)
					),
					type: 'cloze',
					before: gap.before,
					after: gap.after,
					accept: acceptedForms(n)
				}
			});
		} else {
			out.push({
				...common,
				score: 8,
				contradicts: wrong,
				question: {
					...baseFields(
						'single',
						evidence,
						n.text,
						withPassage('D’après l’article, quel nombre manque dans ce passage ?', gap.shown),
						explanation,
						'read-numbers',
						difficultyOf(1, sentence.text)
					),
					type: 'single',
					choices: letteredChoices([n.text], wrong, n.text + sentence.text)
				}
			});
		}
	}
	return out;
}

/** The number as written, in digits and in words: `98`, `quatre-vingt-dix-huit`. */
function acceptedForms(n: NumberFact): string[] {
	const forms = [n.text, String(n.value).replace('.', ',')];
	const words = frenchNumberWords(n.value);
	if (words) forms.push(words);
	return [...new Set(forms)];
}
