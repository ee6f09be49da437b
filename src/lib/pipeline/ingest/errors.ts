/** What is wrong with an input file, in words a user can act on. */
export type IngestProblem =
	'empty' | 'binary' | 'not-utf8' | 'too-large' | 'not-french' | 'unreadable-format' | 'no-text';

/** An input file the ingest stage refuses; `message` names the file and the problem. */
export class IngestError extends Error {
	readonly file: string;
	readonly problem: IngestProblem;

	constructor(file: string, problem: IngestProblem, detail: string) {
		super(`${file}: ${detail}`);
		this.name = 'IngestError';
		this.file = file;
		this.problem = problem;
	}
}
