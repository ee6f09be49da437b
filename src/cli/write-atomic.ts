import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file so that it is either the old or the new content, never half of one:
 * the bytes go to a temporary file beside it, which is then renamed over it.
 */
export function writeAtomic(path: string, content: string): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.${process.pid}.tmp`;
	try {
		writeFileSync(tmp, content);
		renameSync(tmp, path);
	} finally {
		rmSync(tmp, { force: true });
	}
}
