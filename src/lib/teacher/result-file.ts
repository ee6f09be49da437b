import type { ResultCode } from './result-wire';

/** A downloadable file holding a result code. */
export interface ResultFile {
	name: string;
	mime: string;
	content: string;
}

/** Lower-case ASCII letters and digits joined by dashes, for file names: "Léa Martin" → "lea-martin". */
function slug(text: string): string {
	const ascii = text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '');
	return (
		ascii
			.toLowerCase()
			.replace(/[^a-z0-9]+/gu, '-')
			.replace(/^-|-$/gu, '') || 'eleve'
	);
}

/**
 * The file a student downloads: a short text file, readable by a person (header lines in French
 * and English) and by the dashboard (`parseResultCodes` finds the code, the header is ignored).
 * `code` is the result's code (`encodeResult` or `sealResult`), `title` the assignment's title, when the caller has it.
 */
export function resultFile(result: ResultCode, code: string, title?: string): ResultFile {
	const lines = [
		'Recoupe — résultat à rendre / result to hand in',
		...(title ? [`Devoir / Assignment: ${title}`] : []),
		`Élève / Student: ${result.student}`,
		`Tentative / Attempt: ${result.attempt}`,
		`Terminé / Finished: ${result.finished}`,
		'',
		code,
		''
	];
	return {
		name: `recoupe-${slug(result.student)}-${result.attempt}.txt`,
		mime: 'text/plain;charset=utf-8',
		content: lines.join('\n')
	};
}
