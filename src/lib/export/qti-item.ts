import type { Question } from '$lib/questions/schema';
import { escapeXml } from './escape';
import { feedbackHtml, stemHtml } from './html';
import { qtiInteraction, type Scoring } from './qti-interaction';
import type { ExportOptions } from './source';

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const SCHEMA = `${NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;

const setOutcome = (id: string, inner: string) =>
	`<setOutcomeValue identifier="${id}">${inner}</setOutcomeValue>`;
const float = (n: number) => `<baseValue baseType="float">${n}</baseValue>`;

/** SCORE from the response, then FEEDBACK set so the explanation shows once the learner answers. */
function processing(scoring: Scoring): string {
	const score =
		scoring === 'map'
			? setOutcome('SCORE', '<mapResponse identifier="RESPONSE"/>')
			: `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${setOutcome('SCORE', float(1))}</responseIf><responseElse>${setOutcome('SCORE', float(0))}</responseElse></responseCondition>`;
	const feedback = setOutcome(
		'FEEDBACK',
		'<baseValue baseType="identifier">explanation</baseValue>'
	);
	return `<responseProcessing>${score}${feedback}</responseProcessing>`;
}

/**
 * One QTI 2.1 assessmentItem (UTF-8 XML, `xml:lang="fr"`) for `q`: the French question text, the
 * interaction native to its type, scoring in [0, 1], and the French explanation with its source
 * passages as modal feedback shown after answering.
 */
export function qtiItem(q: Question, options: ExportOptions = {}): string {
	const i = qtiInteraction(q);
	const body = i.inline ? stemHtml(q, i.interaction) : stemHtml(q) + i.interaction;
	const title = q.prompt.split('\n')[0]!;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<assessmentItem xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA}"`,
		`  identifier="${escapeXml(q.id)}" title="${escapeXml(title)}" adaptive="false" timeDependent="false" xml:lang="fr">`,
		`  ${i.declaration}`,
		'  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float" normalMaximum="1"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
		'  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
		`  <itemBody>${body}</itemBody>`,
		`  ${processing(i.scoring)}`,
		`  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="explanation" showHide="show" title="Explication">${feedbackHtml(q, options.articleTitles)}</modalFeedback>`,
		'</assessmentItem>',
		''
	].join('\n');
}
