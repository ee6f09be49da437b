import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ClassTable } from './class-table';
import { resultsCsv } from './results-csv';

const table: ClassTable = {
	questionIds: ['q-0000000001', 'q-0000000002'],
	rows: [
		{
			student: 'Martin, Léa "la grande"',
			studentKey: 'martin, léa "la grande"',
			attempt: 1,
			attempts: 1,
			verdicts: ['right', 'partial'],
			points: [1, 0.5],
			score: 1.5,
			max: 2
		},
		{
			student: '=HYPERLINK("http://x")',
			studentKey: '=hyperlink("http://x")',
			attempt: 2,
			attempts: 2,
			verdicts: ['wrong', 'unanswered'],
			points: [0, 0],
			score: 0,
			max: 2
		}
	],
	columns: [],
	meanScore: 0.75
};
const headings = {
	student: 'Élève',
	attempt: 'Tentative',
	questions: ['Q1', 'Q2'],
	total: 'Total',
	max: 'Sur'
};

describe('resultsCsv', () => {
	it('starts with a byte order mark and quotes names with commas and quotes', () => {
		const csv = resultsCsv(table, headings);
		expect(csv.startsWith('\uFEFFÉlève,Tentative,Q1,Q2,Total,Sur\r\n')).toBe(true);
		expect(csv).toContain('"Martin, Léa ""la grande""",1,1,0.5,1.5,2');
		const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
		expect(parsed[1]).toEqual(['Martin, Léa "la grande"', '1', '1', '0.5', '1.5', '2']);
	});

	it('escapes a name a spreadsheet would run as a formula', () => {
		const parsed = Papa.parse<string[]>(resultsCsv(table, headings, { bom: false })).data;
		expect(parsed[2]![0]).toBe('\'=HYPERLINK("http://x")');
	});

	it('writes semicolons and decimal commas for French spreadsheets', () => {
		const csv = resultsCsv(table, headings, { locale: 'fr', bom: false });
		expect(csv.split('\r\n')[1]).toBe('"Martin, Léa ""la grande""";1;1;0,5;1,5;2');
	});
});
