/**
 * The committed form of every generated file: tab-indented JSON with a final newline.
 * Object keys keep the order the pipeline builds them in, so the same input gives the same bytes.
 */
export function serialize(value: unknown): string {
	return JSON.stringify(value, null, '\t') + '\n';
}
