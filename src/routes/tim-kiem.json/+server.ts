import { json } from '@sveltejs/kit';
import { chapterIndex } from '$lib/server/content';
import { glossaryEntries } from '$lib/server/glossary';
import { banks } from '$lib/server/quiz';
import {
	buildSearchDocuments,
	chapterLabel,
	type SearchIndexFile
} from '$lib/search/core/documents';
import type { RequestHandler } from './$types';

/** The site search index as a static file, /tim-kiem.json: fetched when search first opens. */
export const prerender = true;

const sources = import.meta.glob<string>('/content/chapters/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

function sourceOf(file: string): string {
	const source = sources[file];
	if (source === undefined) throw new Error(`${file}: the chapter's source was not found`);
	return source;
}

export const GET: RequestHandler = () => {
	const documents = buildSearchDocuments({
		chapters: chapterIndex.chapters.map((c) => ({ ...c, source: sourceOf(c.file) })),
		terms: glossaryEntries,
		questions: banks.flatMap((bank) => bank.questions),
		place(ref) {
			const { chapter, section, href } = chapterIndex.resolve(ref);
			return { href, where: chapterLabel(chapter.number, section?.title ?? chapter.title) };
		}
	});
	return json({ documents } satisfies SearchIndexFile);
};
