const UNITS = [
	'zero',
	'un',
	'deux',
	'trois',
	'quatre',
	'cinq',
	'six',
	'sept',
	'huit',
	'neuf',
	'dix',
	'onze',
	'douze',
	'treize',
	'quatorze',
	'quinze',
	'seize'
];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
// Belgian and Swiss tens: `septante`, `huitante` (or `octante`), `nonante`.
const REGIONAL: Record<string, number> = { septante: 70, huitante: 80, nonante: 90 };
const SCALES: [string, number][] = [
	['milliard', 1e9],
	['million', 1e6],
	['mille', 1e3]
];
const VALUES = new Map<string, number>([
	...UNITS.map((w, i) => [w, i] as [string, number]),
	...TENS.slice(2).map((w, i) => [w, (i + 2) * 10] as [string, number]),
	...Object.entries(REGIONAL),
	['cent', 100],
	...SCALES
]);

/** The words of `n` (0 ≤ n < 100), without `et`; `regional` uses septante, huitante, nonante. */
function belowHundred(n: number, regional: 0 | 1 | 2): string[] {
	if (n < 17) return [UNITS[n]!];
	if (n < 20) return ['dix', UNITS[n - 10]!];
	const ten = Math.floor(n / 10);
	const unit = n % 10;
	const rest = unit ? [UNITS[unit]!] : [];
	if (regional && (ten === 7 || ten === 9)) return [ten === 7 ? 'septante' : 'nonante', ...rest];
	if (regional === 2 && ten === 8) return ['huitante', ...rest];
	if (ten === 7) return ['soixante', ...belowHundred(10 + unit, 0)];
	if (ten === 8) return ['quatre', 'vingt', ...rest];
	if (ten === 9) return ['quatre', 'vingt', ...belowHundred(10 + unit, 0)];
	return [TENS[ten]!, ...rest];
}

/** The words of `n` (0 ≤ n < 10¹²) as they are normally written, without `et` nor plurals. */
function wordsOf(n: number, regional: 0 | 1 | 2): string[] {
	if (n === 0) return ['zero'];
	const words: string[] = [];
	for (const [word, scale] of [...SCALES, ['', 1] as [string, number]]) {
		const group = Math.floor(n / scale) % 1000;
		if (group === 0) continue;
		const hundreds = Math.floor(group / 100);
		const rest = group % 100;
		// `mille`, not `un mille`; but `un million`.
		if (!(group === 1 && word === 'mille')) {
			if (hundreds > 1) words.push(UNITS[hundreds]!);
			if (hundreds > 0) words.push('cent');
			if (rest > 0) words.push(...belowHundred(rest, regional));
		}
		if (word) words.push(word);
	}
	return words;
}

/**
 * Reads a whole number written in French words, as normalised (lower case, hyphens as spaces):
 * `quatre vingt dix huit` → 98, `vingt et un` → 21, `deux cents` → 200, `quinze mille` → 15000,
 * `nonante huit` → 98 (Belgium, Switzerland). Accents and plurals do not matter (`zéro`,
 * `quatre vingts`), `et` is optional, but the words must be a number as a French writer would
 * write it: `huit dix`, `un mille` or `dix dix` are not numbers, and give null.
 */
export function readNumberWords(text: string): number | null {
	const words = text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.split(' ')
		.filter((w) => w !== 'et' && w !== '')
		.map((w) =>
			w === 'une'
				? 'un'
				: w === 'octante'
					? 'huitante'
					: w.replace(/^(vingt|cent|mille|million|milliard)s$/u, '$1')
		);
	if (words.length === 0 || !words.every((w) => VALUES.has(w))) return null;
	let total = 0;
	let current = 0;
	for (const [i, w] of words.entries()) {
		const value = VALUES.get(w)!;
		if (w === 'vingt' && words[i - 1] === 'quatre') current += 76;
		else if (value === 100) current = (current || 1) * 100;
		else if (value >= 1000) {
			total += (current || 1) * value;
			current = 0;
		} else current += value;
	}
	const n = total + current;
	const said = words.join(' ');
	return ([0, 1, 2] as const).some((r) => wordsOf(n, r).join(' ') === said) ? n : null;
}
