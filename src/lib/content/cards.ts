import type { Chapter } from './chapters';
import type { ChapterIndex } from './chapter-index';

/** What a chapter list or a previous/next link needs: no outline, no file path. */
export type ChapterCard = Pick<
	Chapter,
	'number' | 'slug' | 'title' | 'summary' | 'minutes' | 'href'
>;

export function toChapterCard({
	number,
	slug,
	title,
	summary,
	minutes,
	href
}: Chapter): ChapterCard {
	return { number, slug, title, summary, minutes, href };
}

/** What a page showing one chapter loads: the chapter, and cards for its neighbours. */
export type ChapterPageData = { chapter: Chapter; previous?: ChapterCard; next?: ChapterCard };

/** The page data for `slug`, or undefined when there is no such chapter. */
export function chapterPageData(index: ChapterIndex, slug: string): ChapterPageData | undefined {
	const chapter = index.get(slug);
	if (!chapter) return undefined;
	const { previous, next } = index.neighbours(slug);
	return {
		chapter,
		previous: previous && toChapterCard(previous),
		next: next && toChapterCard(next)
	};
}
