import { choicesOf, type Question } from '$lib/questions/schema';
import { escapeHtml, escapeXml } from './escape';

/** How a QTI item scores its response: exact match with the correct response, or a mapping. */
export type Scoring = 'match' | 'map';

/** The response declaration, interaction and scoring of one QTI item. */
export interface QtiInteraction {
	declaration: string;
	/** Block interaction after the question text, or, for a cloze, the inline text entry. */
	interaction: string;
	/** A cloze puts its text entry inside the sentence rather than after it. */
	inline: boolean;
	scoring: Scoring;
}

/** Item, left and right ids may start with a digit; QTI identifiers are NCNames. */
const itemRef = (prefix: string, id: string) => `${prefix}_${id}`;

const value = (v: string) => `<value>${escapeXml(v)}</value>`;
const declare = (cardinality: string, baseType: string, inner: string) =>
	`<responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="${baseType}">${inner}</responseDeclaration>`;
const correct = (values: string[]) =>
	`<correctResponse>${values.map(value).join('')}</correctResponse>`;
const entry = (key: string, mapped: number, caseSensitive = true) =>
	`<mapEntry mapKey="${escapeXml(key)}" mappedValue="${mapped}" caseSensitive="${caseSensitive}"/>`;
const simpleChoice = (tag: string, id: string, text: string, extra = '') =>
	`<${tag} identifier="${id}"${extra}>${escapeHtml(text)}</${tag}>`;

/** Single answer among choices: multiple-choice, true/false, classification, evidence. */
function choiceInteraction(q: Question): QtiInteraction {
	const choices = choicesOf(q);
	const right = choices.filter((c) => c.correct);
	const wrong = choices.length - right.length;
	const many = q.type === 'multiple';
	const map = many
		? `<mapping lowerBound="0" upperBound="1" defaultValue="0">${choices
				.map((c) => entry(c.id, c.correct ? 1 / right.length : -1 / wrong))
				.join('')}</mapping>`
		: '';
	const options = choices.map((c) => simpleChoice('simpleChoice', c.id, c.text)).join('');
	return {
		declaration: declare(
			many ? 'multiple' : 'single',
			'identifier',
			correct(right.map((c) => c.id)) + map
		),
		interaction: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="${many ? 0 : 1}">${options}</choiceInteraction>`,
		inline: false,
		scoring: many ? 'map' : 'match'
	};
}

/**
 * The QTI 2.1 interaction native to each question type: choiceInteraction, textEntryInteraction
 * (any accepted answer, case ignored), orderInteraction and matchInteraction (each pair a share).
 */
export function qtiInteraction(q: Question): QtiInteraction {
	switch (q.type) {
		case 'cloze':
		case 'short': {
			const accepted = [...new Map(q.accept.map((a) => [a.toLowerCase(), a])).values()];
			const length = Math.max(...accepted.map((a) => a.length));
			const entryBox = `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${length}"/>`;
			return {
				declaration: declare(
					'single',
					'string',
					correct(accepted.slice(0, 1)) +
						`<mapping defaultValue="0">${accepted.map((a) => entry(a, 1, false)).join('')}</mapping>`
				),
				// A text entry is inline: in the cloze sentence, or in a paragraph of its own.
				interaction: q.type === 'cloze' ? entryBox : `<p>${entryBox}</p>`,
				inline: q.type === 'cloze',
				scoring: 'map'
			};
		}
		case 'ordering':
			return {
				declaration: declare(
					'ordered',
					'identifier',
					correct(q.order.map((id) => itemRef('item', id)))
				),
				interaction: `<orderInteraction responseIdentifier="RESPONSE" shuffle="false">${q.items
					.map((i) => simpleChoice('simpleChoice', itemRef('item', i.id), i.text))
					.join('')}</orderInteraction>`,
				inline: false,
				scoring: 'match'
			};
		case 'matching': {
			const pairs = q.pairs.map((p) => `${itemRef('left', p.left)} ${itemRef('right', p.right)}`);
			const set = (prefix: string, items: typeof q.left, max: number) =>
				`<simpleMatchSet>${items
					.map((i) =>
						simpleChoice(
							'simpleAssociableChoice',
							itemRef(prefix, i.id),
							i.text,
							` matchMax="${max}"`
						)
					)
					.join('')}</simpleMatchSet>`;
			return {
				declaration: declare(
					'multiple',
					'directedPair',
					correct(pairs) +
						`<mapping lowerBound="0" upperBound="1" defaultValue="0">${pairs.map((p) => entry(p, 1 / pairs.length)).join('')}</mapping>`
				),
				// A speaker may say several quotes: right items take any number of matches.
				interaction: `<matchInteraction responseIdentifier="RESPONSE" shuffle="false" maxAssociations="${q.left.length}">${set('left', q.left, 1)}${set('right', q.right, 0)}</matchInteraction>`,
				inline: false,
				scoring: 'map'
			};
		}
		default:
			return choiceInteraction(q);
	}
}
