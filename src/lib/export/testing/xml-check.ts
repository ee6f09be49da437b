import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLFileInfo, type XMLValidationResult } from 'xmllint-wasm';

/** The official QTI 2.1 schema tree, beside the repository (X/main and X/shared in CI). */
export const XSD_ROOT = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'../../../../../shared/qti21-xsd'
);
const ENTRY = 'qtiv2p1/imsqti_v2p1.xsd';

/** Every .xsd under `dir`, named by its path relative to the schema root. */
function schemaFiles(dir: string): XMLFileInfo[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return schemaFiles(path);
		if (!name.endsWith('.xsd')) return [];
		return [{ fileName: relative(XSD_ROOT, path), contents: readFileSync(path, 'utf8') }];
	});
}

let tree: XMLFileInfo[] | undefined;

/**
 * Validates XML files against the official QTI 2.1 schema with xmllint (WebAssembly), the entry
 * schema and every file it imports loaded under their relative names.
 */
export function validateQti(files: readonly XMLFileInfo[]): Promise<XMLValidationResult> {
	tree ??= schemaFiles(XSD_ROOT);
	const schema = tree.find((f) => f.fileName === ENTRY)!;
	return validateXML({
		xml: files,
		schema,
		preload: tree.filter((f) => f !== schema),
		initialMemoryPages: 1024,
		maxMemoryPages: 4096
	});
}

/** Checks that XML is well-formed (xmllint parses it), for files with no schema at hand. */
export function checkWellFormed(fileName: string, contents: string): Promise<XMLValidationResult> {
	return validateXML({ xml: { fileName, contents }, normalization: 'format' });
}
