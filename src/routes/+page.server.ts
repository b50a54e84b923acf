import { chapterIndex } from '$lib/server/content';
import { toChapterCard } from '$lib/content/cards';

export const load = () => ({ chapters: chapterIndex.chapters.map(toChapterCard) });
