import { chapterPageData, toChapterCard } from '$lib/content/cards';
import { buildChapterIndex } from '$lib/content/chapter-index';

/**
 * The site's chapter index, built once when the server starts (and at prerender time)
 * from every chapter's validated frontmatter. Server-only: the chapter list travels to
 * pages as load data, so the browser never downloads every chapter.
 */
export const chapterIndex = buildChapterIndex(
	import.meta.glob('/content/chapters/*.md', { eager: true, import: 'metadata' })
);

/** The chapters as the home page and /chuong list them. */
export const chapterCards = chapterIndex.chapters.map(toChapterCard);

/** The slugs to prerender for each page that shows one chapter. */
export const chapterEntries = () => chapterIndex.chapters.map(({ slug }) => ({ slug }));

/** What /chuong/[slug], its summary and its slides load; undefined for an unknown slug. */
export const chapterPage = (slug: string) => chapterPageData(chapterIndex, slug);
