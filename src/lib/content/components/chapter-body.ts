import type { Component } from 'svelte';

// One chunk per chapter: the browser loads only the chapter it shows.
const chapterModules = import.meta.glob<Component>('/content/chapters/*.md', { import: 'default' });

/**
 * Adds the chapter's rendered body (its mdsvex component) to the page data the server
 * loaded: the universal half of every page that shows one chapter.
 */
export async function withChapterBody<T extends { chapter: { file: string } }>(
	data: T
): Promise<T & { Content: Component }> {
	const loadBody = chapterModules[data.chapter.file];
	if (!loadBody) throw new Error(`No chapter module for ${data.chapter.file}`);
	return { ...data, Content: await loadBody() };
}
