import { buildChapterIndex } from '$lib/content/chapters';

/**
 * The site's content index, built once when the server starts (and at prerender time).
 * Server-only: the chapter list travels to pages as load data, so the browser never
 * downloads every chapter.
 */
export const chapterIndex = buildChapterIndex(
	import.meta.glob('/content/chapters/*.md', { eager: true, import: 'metadata' })
);
