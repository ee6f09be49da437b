import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { choicesOf, type Question } from '$lib/questions/schema';
import { committedArticleTitles, committedSets } from './testing/committed-sets';
import { crafted } from './testing/crafted-set';
import { htmlText } from './testing/html-text';
import { toGift } from './to-gift';

/** What gift-pegjs must read back for each of our question types. */
const GIFT_TYPE: Record<Question['type'], string | undefined> = {
	single: 'MC',
	multiple: 'MC',
	'true-false': 'TF',
	cloze: 'Short',
	short: 'Short',
	ordering: undefined,
	matching: 'Matching',
	classification: 'MC',
	evidence: 'MC'
};

/** Parses a GIFT file and checks each question against its source question. */
function checkRoundTrip(questions: readonly Question[], gift: string): GIFTQuestion[] {
	const parsed = parse(gift);
	expect(parsed[0]!.type).toBe('Category');
	const read = parsed.slice(1);
	const kept = questions.filter((q) => GIFT_TYPE[q.type] !== undefined);
	expect(read.map((p) => p.type)).toEqual(kept.map((q) => GIFT_TYPE[q.type]));
	for (const [k, q] of kept.entries()) {
		const p = read[k]!;
		if (p.type === 'Category' || p.type === 'Description') throw new Error('not a question');
		expect(p.title).toBe(q.id);
		expect(p.id).toBe(q.id);
		expect(p.tags).toEqual([q.skill]);
		expect(p.stem.format).toBe('html');
		for (const line of q.prompt.split('\n')) expect(htmlText(p.stem.text)).toContain(line.trim());
		const feedback = htmlText(p.globalFeedback!.text);
		expect(feedback).toContain(q.explanation.fr);
		expect(feedback).toContain('Source\u00A0: ');
		if (p.type === 'MC') {
			const choices = choicesOf(q);
			expect(p.choices.map((c) => htmlText(c.text.text))).toEqual(choices.map((c) => c.text));
			if (q.type === 'multiple') {
				const weights = p.choices.map((c) => c.weight!);
				const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
				expect(sum(weights.filter((w) => w > 0))).toBeCloseTo(100, 3);
				expect(sum(weights.filter((w) => w < 0))).toBeCloseTo(-100, 3);
				expect(weights.map((w) => w > 0)).toEqual(choices.map((c) => c.correct));
			} else {
				expect(p.choices.map((c) => c.isCorrect)).toEqual(choices.map((c) => c.correct));
			}
		}
		if (p.type === 'Short' && 'accept' in q) {
			expect(p.choices.map((c) => c.text.text)).toEqual(q.accept);
			if (q.type === 'cloze') expect(htmlText(p.stem.text)).toContain(`${q.before}_____${q.after}`);
		}
		if (p.type === 'TF' && q.type === 'true-false') {
			expect(p.isTrue).toBe(q.choices.find((c) => c.correct)!.text === 'Vrai');
			expect(htmlText(p.stem.text)).toContain(q.statement);
		}
	}
	return read;
}

describe('toGift', () => {
	it.each(committedSets().map((s) => [s.id, s] as const))(
		'writes %s so gift-pegjs reads it back',
		(_, set) => {
			const { content, skipped } = toGift(set, { articleTitles: committedArticleTitles() });
			// Neither GIFT nor Moodle XML (without a plugin) has an ordering question: only those are left out.
			const ordering = set.questions.filter((q) => q.type === 'ordering');
			expect(skipped.map((s) => s.id)).toEqual(ordering.map((q) => q.id));
			checkRoundTrip(
				set.questions.filter((q) => q.type !== 'ordering'),
				content
			);
			expect(content).toContain(`$CATEGORY: Recoupe/${set.title.fr}`);
		}
	);

	it('writes every type and reserved character of a crafted set, skipping ordering', () => {
		const { content, skipped } = toGift(crafted);
		expect(skipped).toEqual([
			{ id: 'q-0000000006', type: 'ordering', reason: 'GIFT has no ordering question type' }
		]);
		expect(content).toContain(
			'// Absente de ce fichier (ordering, GIFT has no ordering question type) : q-0000000006'
		);
		const read = checkRoundTrip(crafted.questions, content);
		const matching = read.find((p) => p.type === 'Matching')!;
		if (matching.type !== 'Matching') throw new Error('no matching');
		// gift-pegjs leaves escapes of a match's right side as its internal `&&058;` codes, where
		// Moodle decodes them: decode them the same way here.
		const decoded = (s: string) =>
			s.replace(/&&(\d{3});/gu, (_, code: string) => String.fromCharCode(Number(code)));
		const pairs = matching.matchPairs.map((m) => [
			htmlText(m.subquestion.text),
			decoded(m.subanswer)
		]);
		expect(pairs).toEqual([
			['«\u00A0Il faut agir = vite\u00A0»', 'La ministre : Anne'],
			['«\u00A0Non ~ jamais\u00A0»', 'Le maire #2'],
			['', 'Un syndicat']
		]);
		expect(content).toContain('\\{prix\\} \\= 5\u00A0% \\~ \\#1 \\\\ &lt;b&gt;&amp;amp;&lt;/b&gt;');
		expect(content).toContain('~&\\#37;50 des élus');
	});

	it('leaves out a matching question whose items hold "->", which GIFT cannot escape', () => {
		const q = crafted.questions.find((x) => x.type === 'matching')!;
		const arrow = { ...q, left: q.left.map((l, k) => (k ? l : { ...l, text: 'a -> b' })) };
		const { skipped } = toGift({ id: 'a', title: 'Devoir', questions: [arrow] });
		expect(skipped).toEqual([{ id: q.id, type: 'matching', reason: 'an item contains "->"' }]);
	});

	it('fails to parse when a colon is left unescaped', () => {
		const { content } = toGift(crafted);
		expect(() => parse(content.replaceAll('\\:', ':'))).toThrow();
	});
});
