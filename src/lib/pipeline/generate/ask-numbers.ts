import type { NumberFact } from '../facts/types';
import { frenchNumberWords, parseFrenchNumber } from '../facts/french-numbers';
import { askableNumber, typeable } from './askable';
import { baseFields, difficultyOf, evidenceOf, letteredChoices, type Candidate } from './candidate';
import type { GenerateContext } from './context';
import { numberDistractors } from './distractors';
import { excerptAround } from './excerpt';
import { gapIn, withPassage } from './gap';
import { limitsFor } from './number-limits';
import { passageFor } from './passage';
import { frenchTypography, guillemets } from './typography';

/**
 * Numbers with what they count. A round number (`5`, `2018`, `15.000`) is typed into the
 * sentence (cloze); an exact one (`309.047`) is picked among numbers of the same order and
 * roundness, which respect what the sentence makes possible (no `150 %`).
 * `AWS a déclaré avoir trouvé [98] publications sur Parler qui incitent clairement à la violence.`
 */
export function askNumbers({ article, sentences, mine }: GenerateContext): Candidate[] {
	const out: Candidate[] = [];
	for (const n of mine.numbers) {
		const sentence = sentences[n.sentence]!;
		const passage = passageFor(sentences, n.sentence, article.text);
		if (!passage || !askableNumber(n, sentence, article.title)) continue;
		// `passer par [quatre] votes, deux au Sénat et deux à l'Assemblée`: the parts after it add up.
		const after = partsAfter(sentence.text.slice(n.end - sentence.start));
		if (after.some((a, i) => after.slice(i + 1).some((b) => a + b === n.value))) continue;
		const gap = gapIn(passage, n.start, n.end);
		const evidence = [evidenceOf(article, passage.start, passage.end)];
		const explanation = {
			fr: frenchTypography(
				`La réponse est ${guillemets(n.text)} : l’article écrit ${guillemets(excerptAround(passage, n.start, n.end))}.`
			),
			en: `The answer is “${n.text}”: the article writes “${excerptAround(passage, n.start, n.end)}”.`
		};
		const common = {
			passage: `${article.id}#${n.sentence}`,
			asks: `number:${n.article}:${n.start}`,
			supports: [n.text]
		};
		const sameSentence = mine.numbers.filter((m) => m.sentence === n.sentence).map((m) => m.value);
		const wrong = numberDistractors(
			n.value,
			n.written,
			sameSentence,
			n.text,
			limitsFor(n, sentence)
		);
		if (typeable(n)) {
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
						difficultyOf(2, passage.text)
					),
					type: 'cloze',
					before: gap.before,
					after: gap.after,
					accept: acceptedForms(n)
				}
			});
		} else if (wrong.length === 3) {
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
						difficultyOf(1, passage.text)
					),
					type: 'single',
					choices: letteredChoices([n.text], wrong, n.text + sentence.text)
				}
			});
		}
	}
	return out;
}

/** The number as written, and in the other usual forms: `15.000`, `15000`, `15 000`, `quinze-mille`. */
function acceptedForms(n: NumberFact): string[] {
	const plain = String(n.value).replace('.', ',');
	const grouped = (sep: string) =>
		plain.replace(/^\d+/u, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/gu, sep));
	const forms = [n.text, plain, grouped('.'), grouped(' ')];
	const words = frenchNumberWords(n.value);
	// The 1990 spelling (`vingt-et-un`) and the traditional one (`vingt et un`, `quinze mille`).
	if (words) forms.push(words, traditional(words));
	return [...new Set(forms)];
}

/** `vingt-et-un` → `vingt et un`, `sept-mille-cinq-cents` → `sept mille cinq cents`, `quatre-vingt-dix-huit` kept. */
function traditional(words: string): string {
	return words
		.replace(/-et-/gu, ' et ')
		.replace(/-(mille|cents?|millions?)(?=-|$)/gu, ' $1')
		.replace(/(mille|cents?)-/gu, '$1 ');
}

/** The numbers a text gives, in digits or in words (`deux au Sénat et deux à l'Assemblée`: 2, 2). */
function partsAfter(text: string): number[] {
	return [...text.matchAll(/(?<![\p{L}\d])(\d+|\p{Ll}+)(?![\p{L}\d])/gu)]
		.map((m) => (/\d/u.test(m[1]!) ? Number(m[1]) : parseFrenchNumber(m[1]!)))
		.filter((v): v is number => v !== null && v > 0);
}
