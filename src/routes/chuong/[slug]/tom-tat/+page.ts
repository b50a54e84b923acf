import type { Component } from 'svelte';

// One chunk per chapter: the browser loads only the chapter it shows.
const chapterModules = import.meta.glob<Component>('/content/chapters/*.md', { import: 'default' });

export const load = async ({ data }) => {
	const loadContent = chapterModules[data.chapter.file];
	if (!loadContent) throw new Error(`No module for ${data.chapter.file}`);
	return { ...data, Content: await loadContent() };
};
