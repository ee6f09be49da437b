/**
 * Shapes shared by every pipeline stage and by the app.
 * Offsets are UTF-16 code unit indices into `CleanArticle.text`, as `String.prototype.slice` uses.
 */

/** A half-open range `[start, end)` of `CleanArticle.text`. */
export interface Span {
	start: number;
	end: number;
}

/** What a paragraph is on the page: the standfirst, a sub-heading or running text. */
export type ParagraphKind = 'lead' | 'heading' | 'body';

/** A paragraph of the cleaned text. */
export interface Paragraph extends Span {
	kind: ParagraphKind;
}

/** A sentence of the cleaned text; `paragraph` is the index of the paragraph holding it. */
export interface Sentence extends Span {
	paragraph: number;
}

/** Why a piece of the raw page was left out of the article. */
export type RemovalReason =
	| 'tag-line'
	| 'metadata-line'
	| 'section-label'
	| 'repeated-title'
	| 'navigation'
	| 'photo-caption'
	| 'glued-caption'
	| 'newsletter-prompt'
	| 'comment-prompt'
	| 'classified-ads'
	| 'site-links'
	| 'source-line';

/** A piece of the raw page left out of the article, kept so a reader can check the cleaning. */
export interface Removal {
	text: string;
	reason: RemovalReason;
}

/** What the page states about itself; `null` when it does not say. Nothing here is guessed. */
export interface ArticleMeta {
	/** Name of the input file. */
	source: string;
	/** Input format the file was read as. */
	format: 'text' | 'markdown' | 'html' | 'json';
	/** Publication date as the page gives it (`2021-01`, `2020-06-29`), else null. */
	date: string | null;
	/** Outlet that published the page, when the page names itself, else null. */
	outlet: string | null;
	/** Outlet the article credits as its origin (`Via BBC`), else null. */
	via: string | null;
	/** Section label printed before the text (`France-Monde`), else null. */
	section: string | null;
	/** Photo credits found in removed captions (`Olivier DOULIERY [AFP/Archives]`). */
	credits: string[];
}

/** A cleaned, segmented article: the output of the ingest stage. */
export interface CleanArticle {
	id: string;
	/** The headline, or null when the page has none (never made up). */
	title: string | null;
	lang: 'fr';
	text: string;
	paragraphs: Paragraph[];
	sentences: Sentence[];
	removed: Removal[];
	meta: ArticleMeta;
}
