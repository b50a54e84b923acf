import { chapterCards } from '$lib/server/content';

export const load = () => ({ chapters: chapterCards });
