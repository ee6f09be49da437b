import { error } from '@sveltejs/kit';
import { toGift } from '$lib/export/to-gift';
import { toMoodleXml } from '$lib/export/to-moodle-xml';
import { toQti } from '$lib/export/to-qti';
import type { ExportOptions } from '$lib/export/source';
import type { QuestionSet } from '$lib/questions/schema';
import { articles } from '$lib/server/articles';
import { findSet, sets } from '$lib/server/sets';
import type { EntryGenerator, RequestHandler } from './$types';

// Every export is a static file of the build: /exports/<set-id>.gift, .moodle.xml, .qti.zip.
export const prerender = true;

/** The three formats a teacher can download, by file suffix. */
const FORMATS: {
	suffix: string;
	type: string;
	body: (set: QuestionSet, o: ExportOptions) => BodyInit;
}[] = [
	{ suffix: '.gift', type: 'text/plain;charset=utf-8', body: (s, o) => toGift(s, o).content },
	{ suffix: '.moodle.xml', type: 'application/xml', body: (s, o) => toMoodleXml(s, o).content },
	{
		suffix: '.qti.zip',
		type: 'application/zip',
		body: (s, o) => new Blob([toQti(s, o).content.zip as Uint8Array<ArrayBuffer>])
	}
];

/** Feedback names each source article by its title. */
const options: ExportOptions = {
	articleTitles: Object.fromEntries(
		articles.flatMap((a) => (a.title === null ? [] : [[a.id, a.title]]))
	)
};

export const entries: EntryGenerator = () =>
	sets.flatMap((set) => FORMATS.map((f) => ({ file: `${set.id}${f.suffix}` })));

export const GET: RequestHandler = ({ params }) => {
	const format = FORMATS.find((f) => params.file.endsWith(f.suffix));
	const set = format && findSet(params.file.slice(0, -format.suffix.length));
	if (!format || !set) error(404, 'Export introuvable');
	return new Response(format.body(set, options), { headers: { 'content-type': format.type } });
};
