/**
 * The chapter index: every validated chapter in order, its neighbours, and the resolution
 * of refs (`chapter-slug#section-id`) to the section they name. Built once from what
 * `import.meta.glob` returns (src/lib/server/content.ts) and by content:check.
 */
import { type Chapter, parseChapter, type Section } from './chapters';
import { ContentError } from './errors.js';
import { chapterHref, parseRef, RefError } from './refs';

/** A ref's chapter and, when it names one, section, with the link to it. */
export type ResolvedRef = { chapter: Chapter; section?: Section; href: string };

const unresolved = (ref: string, why: string) =>
	new RefError(ref, `"${ref}" does not resolve: ${why}`);

export interface ChapterIndex {
	/** All chapters, in order. */
	readonly chapters: readonly Chapter[];
	get(slug: string): Chapter | undefined;
	/** The chapters before and after `slug`. */
	neighbours(slug: string): { previous?: Chapter; next?: Chapter };
	/** Resolves a ref (see refs.ts); throws a RefError saying why it does not resolve. */
	resolve(ref: string): ResolvedRef;
	/** Like `resolve`, but returns undefined for a ref that does not resolve. */
	tryResolve(ref: string): ResolvedRef | undefined;
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

	function resolve(ref: string): ResolvedRef {
		const parsed = parseRef(ref);
		const chapter = bySlug.get(parsed.chapter);
		if (!chapter) throw unresolved(ref, `there is no chapter "${parsed.chapter}"`);
		if (parsed.section === undefined) return { chapter, href: chapter.href };
		const section = chapter.outline.find((s) => s.id === parsed.section);
		if (!section) {
			throw unresolved(ref, `chapter "${chapter.slug}" has no section "${parsed.section}"`);
		}
		return { chapter, section, href: chapterHref(chapter.slug, section.id) };
	}

	return {
		chapters,
		get: (slug) => bySlug.get(slug),
		neighbours(slug) {
			const i = chapters.findIndex((c) => c.slug === slug);
			return i === -1 ? {} : { previous: chapters[i - 1], next: chapters[i + 1] };
		},
		resolve,
		tryResolve(ref) {
			try {
				return resolve(ref);
			} catch (error) {
				if (error instanceof RefError) return undefined;
				throw error;
			}
		}
	};
}
