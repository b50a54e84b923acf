import type { Chapter } from './chapters';

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
