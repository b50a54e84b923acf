/**
 * One chapter's frontmatter, validated: the schema, and the agreement with its file name.
 * The outline comes from remark-section-ids.js, which reads the `## Title {#id}` headings.
 */
import * as v from 'valibot';
import { ContentError, parseContent } from './errors.js';
import { chapterHref, SLUG } from './refs';

/** `content/chapters/01-tong-quan-crm.md` → number 1, slug `tong-quan-crm`. */
const CHAPTER_FILE = /(?:^|\/)(\d{2})-([a-z0-9-]+)\.md$/;

const text = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const SectionSchema = v.object({
	id: v.pipe(v.string(), v.regex(SLUG, 'section ids use lower-case letters, digits, dashes')),
	title: text('the section title'),
	depth: v.picklist([2, 3], 'sections are ## or ### headings')
});

export const ChapterMetaSchema = v.strictObject({
	number: v.pipe(
		v.number('number must be a number'),
		v.integer('number must be a whole number'),
		v.minValue(1, 'number starts at 1')
	),
	slug: v.pipe(v.string('slug must be text'), v.regex(SLUG, 'slug must be lower-case-with-dashes')),
	title: text('title'),
	summary: text('summary'),
	objectives: v.pipe(
		v.array(text('each objective'), 'objectives must be a list'),
		v.minLength(1, 'objectives must list at least one learning objective')
	),
	minutes: v.pipe(
		v.number('minutes must be a number'),
		v.integer('minutes must be a whole number'),
		v.minValue(1, 'minutes must be at least 1')
	),
	/** The chapter's slide blocks are complete: content:check fails for a section without one. */
	slides: v.optional(v.boolean('slides must be true or false')),
	outline: v.pipe(v.array(SectionSchema), v.minLength(1, 'the chapter has no ## sections'))
});

export type Section = v.InferOutput<typeof SectionSchema>;
export type ChapterMeta = v.InferOutput<typeof ChapterMetaSchema>;
export type Chapter = ChapterMeta & {
	/** Path of the source file, as `import.meta.glob` names it. */
	file: string;
	href: string;
};

/** Validates one chapter's metadata against its file name. */
export function parseChapter(file: string, metadata: unknown): Chapter {
	const match = CHAPTER_FILE.exec(file);
	if (!match) {
		throw new ContentError(
			file,
			undefined,
			'chapter files are named NN-slug.md, e.g. 01-tong-quan-crm.md'
		);
	}
	const meta = parseContent(ChapterMetaSchema, metadata, file);
	if (meta.number !== Number(match[1])) {
		throw new ContentError(file, 'number', `is ${meta.number} but the file name says ${match[1]}`);
	}
	if (meta.slug !== match[2]) {
		throw new ContentError(file, 'slug', `is "${meta.slug}" but the file name says "${match[2]}"`);
	}
	return { ...meta, file, href: chapterHref(meta.slug) };
}
