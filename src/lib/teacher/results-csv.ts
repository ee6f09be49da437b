import Papa from 'papaparse';
import type { ClassTable } from './class-table';

/** Column headings, given by the interface in its language. */
export interface CsvHeadings {
	student: string;
	attempt: string;
	/** One per question, aligned with the table's `questionIds` (e.g. "Q1", "Q2"). */
	questions: string[];
	total: string;
	max: string;
}

/** Options: `fr` writes `;` between fields and decimal commas, as French spreadsheets expect. */
export interface CsvOptions {
	locale?: 'fr' | 'en';
	/** Start with a UTF-8 byte order mark so Excel reads accents right (default true). */
	bom?: boolean;
}

/**
 * The class table as CSV: one row per student (name, attempt shown, points per question, total,
 * maximum). Quoting is papaparse's; cells a spreadsheet would run as formulas (a name typed as
 * "=1+1") are escaped too, since names come from students.
 */
export function resultsCsv(
	table: ClassTable,
	headings: CsvHeadings,
	options: CsvOptions = {}
): string {
	const fr = options.locale === 'fr';
	const num = (x: number) => (fr ? String(x).replace('.', ',') : String(x));
	const fields = [
		headings.student,
		headings.attempt,
		...headings.questions,
		headings.total,
		headings.max
	];
	const data = table.rows.map((r) => [
		r.student,
		String(r.attempt),
		...r.points.map(num),
		num(r.score),
		num(r.max)
	]);
	const csv = Papa.unparse(
		{ fields, data },
		{ delimiter: fr ? ';' : ',', newline: '\r\n', quotes: false, escapeFormulae: true }
	);
	return (options.bom === false ? '' : '\uFEFF') + csv;
}
