import { error } from '@sveltejs/kit';
import { toChapterCard } from '$lib/content/cards';
import { chapterIndex } from '$lib/server/content';

export const entries = () => chapterIndex.chapters.map(({ slug }) => ({ slug }));

export const load = ({ params }) => {
	const chapter = chapterIndex.get(params.slug);
	if (!chapter) error(404, `Không có chương "${params.slug}".`);
	const { previous, next } = chapterIndex.neighbours(chapter.slug);
	return {
		chapter,
		previous: previous && toChapterCard(previous),
		next: next && toChapterCard(next)
	};
};
