import * as v from 'valibot';
import { ContentError, parseContent } from './errors';
import { SECTION_ID } from './remark-section-ids.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `content/chapters/01-tong-quan-crm.md` → number 1, slug `tong-quan-crm`. */
const CHAPTER_FILE = /(?:^|\/)(\d{2})-([a-z0-9-]+)\.md$/;

const text = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const SectionSchema = v.object({
	id: v.pipe(v.string(), v.regex(SECTION_ID, 'section ids use lower-case letters, digits, dashes')),
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
	outline: v.pipe(v.array(SectionSchema), v.minLength(1, 'the chapter has no ## sections'))
});

export type Section = v.InferOutput<typeof SectionSchema>;
export type ChapterMeta = v.InferOutput<typeof ChapterMetaSchema>;
export type Chapter = ChapterMeta & {
	/** Path of the source file, as `import.meta.glob` names it. */
	file: string;
	href: string;
};

export type ResolvedRef = { chapter: Chapter; section: Section; href: string };

export interface ChapterIndex {
	/** All chapters, in order. */
	readonly chapters: readonly Chapter[];
	get(slug: string): Chapter | undefined;
	/** The chapters before and after `slug`. */
	neighbours(slug: string): { previous?: Chapter; next?: Chapter };
	/** Resolves `slug#section-id`; throws a ContentError for an unknown reference. */
	resolve(ref: string): ResolvedRef;
	/** Like `resolve`, but returns undefined for an unknown reference. */
	tryResolve(ref: string): ResolvedRef | undefined;
}

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
	return { ...meta, file, href: `/chuong/${meta.slug}` };
}

/**
 * Builds the chapter index from `{ file: metadata }` (what `import.meta.glob` returns
 * with `import: 'metadata'`). Throws a ContentError on the first invalid chapter.
 */
export function buildChapterIndex(entries: Record<string, unknown>): ChapterIndex {
	const chapters = Object.entries(entries)
		.map(([file, metadata]) => parseChapter(file, metadata))
		.sort((a, b) => a.number - b.number);

	const bySlug = new Map<string, Chapter>();
	chapters.forEach((chapter, i) => {
		const previous = chapters[i - 1];
		if (previous && previous.number === chapter.number) {
			throw new ContentError(
				chapter.file,
				'number',
				`${chapter.number} is also used by ${previous.file}`
			);
		}
		bySlug.set(chapter.slug, chapter);
	});

	function tryResolve(ref: string): ResolvedRef | undefined {
		const [slug, id, ...rest] = ref.split('#');
		if (!slug || !id || rest.length) return undefined;
		const chapter = bySlug.get(slug);
		const section = chapter?.outline.find((s) => s.id === id);
		return chapter && section ? { chapter, section, href: `${chapter.href}#${id}` } : undefined;
	}

	return {
		chapters,
		get: (slug) => bySlug.get(slug),
		neighbours(slug) {
			const i = chapters.findIndex((c) => c.slug === slug);
			return i === -1 ? {} : { previous: chapters[i - 1], next: chapters[i + 1] };
		},
		resolve(ref) {
			const resolved = tryResolve(ref);
			if (resolved) return resolved;
			const slug = ref.split('#')[0] ?? '';
			const reason = !/^[^#]+#[^#]+$/.test(ref)
				? 'references are written "chapter-slug#section-id"'
				: bySlug.has(slug)
					? `chapter "${slug}" has no section "${ref.split('#')[1]}"`
					: `there is no chapter "${slug}"`;
			throw new ContentError(ref, undefined, `unknown reference: ${reason}`);
		},
		tryResolve
	};
}
