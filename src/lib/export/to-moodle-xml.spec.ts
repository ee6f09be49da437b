import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { choicesOf, type Question } from '$lib/questions/schema';
import { MOODLE_FRACTIONS } from './fractions';
import { committedArticleTitles, committedSets } from './testing/committed-sets';
import { crafted } from './testing/crafted-set';
import { htmlText } from './testing/html-text';
import { checkWellFormed } from './testing/xml-check';
import { toMoodleXml } from './to-moodle-xml';

/** The Moodle question type each of ours must become. */
const MOODLE_TYPE: Record<Question['type'], string | undefined> = {
	single: 'multichoice',
	multiple: 'multichoice',
	'true-false': 'truefalse',
	cloze: 'shortanswer',
	short: 'shortanswer',
	ordering: undefined,
	matching: 'matching',
	classification: 'multichoice',
	evidence: 'multichoice'
};

type El = ReturnType<InstanceType<typeof DOMParser>['parseFromString']>['documentElement'];
const child = (el: El, name: string): El => {
	const found = [...el.children].find((c) => c.tagName === name);
	if (!found) throw new Error(`no <${name}> in <${el.tagName}>`);
	return found;
};
const text = (el: El, name: string) => child(child(el, name), 'text').textContent;
const answers = (el: El) => [...el.children].filter((c) => c.tagName === 'answer');
const fraction = (a: El) => Number(a.getAttribute('fraction'));

/** Reads the XML as Moodle's importer does (qformat_xml) and checks each question against ours. */
async function checkImport(questions: readonly Question[], xml: string) {
	expect((await checkWellFormed('quiz.xml', xml)).errors).toEqual([]);
	const quiz = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
	expect(quiz.tagName).toBe('quiz');
	const [category, ...read] = [...quiz.children];
	expect(category!.getAttribute('type')).toBe('category');
	const kept = questions.filter((q) => MOODLE_TYPE[q.type] !== undefined);
	expect(read.map((el) => el.getAttribute('type'))).toEqual(kept.map((q) => MOODLE_TYPE[q.type]));
	for (const [k, q] of kept.entries()) {
		const el = read[k]!;
		expect(text(el, 'name')).toBe(q.id);
		expect(child(el, 'questiontext').getAttribute('format')).toBe('html');
		for (const line of q.prompt.split('\n'))
			expect(htmlText(text(el, 'questiontext'))).toContain(line.trim());
		const feedback = htmlText(text(el, 'generalfeedback'));
		expect(feedback).toContain(q.explanation.fr);
		expect(feedback).toContain('Source\u00A0: ');
		const fractions = answers(el).map(fraction);
		for (const f of fractions)
			expect(MOODLE_FRACTIONS.some((m) => Math.abs(Math.abs(f) / 100 - m) < 1e-5) || f === 0).toBe(
				true
			);
		if (MOODLE_TYPE[q.type] === 'multichoice') {
			const choices = choicesOf(q);
			expect(answers(el).map((a) => htmlText(child(a, 'text').textContent))).toEqual(
				choices.map((c) => c.text)
			);
			expect(child(el, 'single').textContent).toBe(String(q.type !== 'multiple'));
			const right = fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0);
			expect(right).toBeCloseTo(100, 3);
			expect(fractions.map((f) => f > 0)).toEqual(choices.map((c) => c.correct));
			if (q.type === 'multiple')
				expect(fractions.filter((f) => f < 0).reduce((a, b) => a + b, 0)).toBeCloseTo(-100, 3);
		}
		if (q.type === 'cloze' || q.type === 'short') {
			expect(answers(el).map((a) => child(a, 'text').textContent)).toEqual(q.accept);
			expect(fractions.every((f) => f === 100)).toBe(true);
			if (q.type === 'cloze')
				expect(htmlText(text(el, 'questiontext'))).toContain(`${q.before}_____${q.after}`);
		}
		if (q.type === 'true-false') {
			const truth = q.choices.find((c) => c.correct)!.text === 'Vrai';
			expect(answers(el).map((a) => [child(a, 'text').textContent, fraction(a)])).toEqual([
				['true', truth ? 100 : 0],
				['false', truth ? 0 : 100]
			]);
		}
	}
	return read;
}

describe('toMoodleXml', () => {
	it.each(committedSets().map((s) => [s.id, s] as const))(
		'writes %s as Moodle XML the importer reads',
		async (_, set) => {
			const { content, skipped } = toMoodleXml(set, { articleTitles: committedArticleTitles() });
			// Moodle imports ordering questions only with a plugin: only those are left out.
			const ordering = set.questions.filter((q) => q.type === 'ordering');
			expect(skipped.map((s) => s.id)).toEqual(ordering.map((q) => q.id));
			await checkImport(
				set.questions.filter((q) => q.type !== 'ordering'),
				content
			);
		}
	);

	it('writes every type and reserved character of a crafted set, skipping ordering', async () => {
		const { content, skipped } = toMoodleXml(crafted);
		expect(skipped.map((s) => [s.id, s.type])).toEqual([['q-0000000006', 'ordering']]);
		expect(content).toContain('<!-- Absente de ce fichier (ordering, ');
		const read = await checkImport(crafted.questions, content);
		const matching = read.find((el) => el.getAttribute('type') === 'matching')!;
		const subs = [...matching.children].filter((c) => c.tagName === 'subquestion');
		expect(subs.map((s) => [htmlText(child(s, 'text').textContent), text(s, 'answer')])).toEqual([
			['«\u00A0Il faut agir = vite\u00A0»', 'La ministre : Anne'],
			['«\u00A0Non ~ jamais\u00A0»', 'Le maire #2'],
			['', 'Un syndicat']
		]);
		expect(content).toContain(
			'<category><text>$course$/top/Recoupe/Essai\u00A0: tous les types // «\u00A0pièges\u00A0»</text></category>'
		);
		// `]]>` in a passage must not end the CDATA section.
		expect(htmlText(text(read[0]!, 'generalfeedback'))).toContain(
			'Une seconde source ]]> confirme.'
		);
	});
});
