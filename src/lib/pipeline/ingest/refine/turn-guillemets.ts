import type { Draft } from '../draft';

/**
 * Guillemets a badly converted page turned the wrong way round: `l'application » Parler « ,
 * massivement…`, `les GAFAM » ont travaillé ensemble… « .`, `Parler « pose un risque… « .`.
 * A mark's place may say what it does: one at the start or after a colon opens, one before a
 * comma, a stop or the end closes; the others take their turn. When every mark is told so, the
 * opening and closing marks alternate, and one at least is the wrong way round, the paragraph
 * gets `« … »`, with no space left before a comma or a stop after the closing mark. Any doubt
 * leaves it as it is.
 */
export function turnGuillemets(draft: Draft): Draft {
	return { ...draft, blocks: draft.blocks.map((b) => ({ ...b, text: turned(b.text) })) };
}

function turned(text: string): string {
	if (!text.includes('»') && !text.includes('«')) return text;
	const marks = [...text.matchAll(/[«»]/gu)].map((m) => m.index);
	if (marks.length % 2 !== 0) return text;
	const roles: ('open' | 'close' | null)[] = marks.map((at) => {
		const before = text.slice(0, at);
		const after = text.slice(at + 1);
		if (/^\s*(?:[,.;:!?)…]|$)/u.test(after)) return 'close';
		if (/(?:^|[(:])\s*$/u.test(before) && /^\s*[\p{L}\d]/u.test(after)) return 'open';
		return null;
	});
	// `l'application » Parler « pour avoir…`: a mark its place leaves in doubt takes the role
	// its turn gives it, when its place allows that role (a word after an opening mark).
	roles.forEach((r, i) => {
		if (r !== null) return;
		const want = i % 2 === 0 ? 'open' : 'close';
		const after = text.slice(marks[i]! + 1);
		const before = text.slice(0, marks[i]!);
		const fits = want === 'open' ? /^\s*[\p{L}\d]/u.test(after) : /[\p{L}\d.!?…]\s*$/u.test(before);
		roles[i] = fits ? want : null;
	});
	const alternate = roles.every((r, i) => r === (i % 2 === 0 ? 'open' : 'close'));
	const wrong = marks.some((at, i) => text[at] !== (roles[i] === 'open' ? '«' : '»'));
	if (!alternate || !wrong) return text;
	let out = '';
	let from = 0;
	marks.forEach((at, i) => {
		out += text.slice(from, at) + (roles[i] === 'open' ? '«' : '»');
		from = at + 1;
	});
	out += text.slice(from);
	// `« Parler « ,` → `« Parler »,`: no space before a comma or a stop after a closing mark.
	return out
		.replace(/»\s+(?=[,.])/gu, '»')
		.replace(/«\s*/gu, '« ')
		.replace(/\s*»/gu, ' »');
}
