/**
 * French number words, both ways: `quatre-vingt-dix-huit` ↔ 98. Used to read numbers written in
 * words in articles and to accept either form in typed answers.
 */

const UNITS: Record<string, number> = {
	zéro: 0,
	un: 1,
	une: 1,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	onze: 11,
	douze: 12,
	treize: 13,
	quatorze: 14,
	quinze: 15,
	seize: 16,
	vingt: 20,
	vingts: 20,
	trente: 30,
	quarante: 40,
	cinquante: 50,
	soixante: 60,
	septante: 70,
	huitante: 80,
	octante: 80,
	nonante: 90
};

const MULTIPLIERS: Record<string, number> = {
	cent: 100,
	cents: 100,
	mille: 1000,
	million: 1e6,
	millions: 1e6,
	milliard: 1e9,
	milliards: 1e9
};

/** Every word that can be part of a French number written in words. */
export const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(MULTIPLIERS), 'et']);

/**
 * Reads a French number in words: `cinq` → 5, `quatre-vingt-dix-huit` or `quatre vingt dix huit`
 * → 98, `deux mille` → 2000. Returns null when the words are not a number.
 */
export function parseFrenchNumber(words: string): number | null {
	const tokens = words
		.toLowerCase()
		.split(/[\s-]+/u)
		.filter((t) => t !== '' && t !== 'et');
	if (tokens.length === 0) return null;
	let total = 0;
	let current = 0;
	for (const [i, token] of tokens.entries()) {
		if (token in UNITS) {
			const value = UNITS[token]!;
			// `quatre vingt` multiplies: 4 × 20
			if (value === 20 && tokens[i - 1] === 'quatre') current += 80 - 4;
			else current += value;
		} else if (token in MULTIPLIERS) {
			const factor = MULTIPLIERS[token]!;
			if (factor === 100) current = (current || 1) * 100;
			else {
				total += (current || 1) * factor;
				current = 0;
			}
		} else {
			return null;
		}
	}
	return total + current;
}

const BELOW_17 = [
	'zéro',
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
const TENS = [
	'',
	'',
	'vingt',
	'trente',
	'quarante',
	'cinquante',
	'soixante',
	'soixante',
	'quatre-vingt',
	'quatre-vingt'
];

/**
 * Writes a whole number in French words, with the 1990 spelling (hyphens everywhere):
 * 98 → `quatre-vingt-dix-huit`, 21 → `vingt-et-un`, 80 → `quatre-vingts`. Up to 999 999.
 */
export function frenchNumberWords(n: number): string | null {
	if (!Number.isInteger(n) || n < 0 || n > 999_999) return null;
	if (n < 1000) return belowThousand(n, true);
	const thousands = Math.floor(n / 1000);
	const rest = n % 1000;
	const head = thousands === 1 ? 'mille' : `${belowThousand(thousands, false)}-mille`;
	return rest === 0 ? head : `${head}-${belowThousand(rest, true)}`;
}

function belowThousand(n: number, final: boolean): string {
	if (n < 100) return belowHundred(n, final);
	const hundreds = Math.floor(n / 100);
	const rest = n % 100;
	const head =
		hundreds === 1 ? 'cent' : `${BELOW_17[hundreds]}-cent${rest === 0 && final ? 's' : ''}`;
	return rest === 0 ? head : `${head}-${belowHundred(rest, final)}`;
}

function belowHundred(n: number, final: boolean): string {
	if (n < 17) return BELOW_17[n]!;
	if (n < 20) return `dix-${BELOW_17[n - 10]}`;
	const ten = Math.floor(n / 10);
	let unit = n % 10;
	if (ten === 7 || ten === 9) unit += 10;
	const tens = TENS[ten]!;
	if (unit === 0) return ten === 8 && final ? 'quatre-vingts' : tens;
	if (unit === 1 && ten !== 8 && ten !== 9) return `${tens}-et-un`;
	if (unit === 11 && ten === 7) return `${tens}-et-onze`;
	return `${tens}-${belowHundred(unit, final)}`;
}
