import { error } from '@sveltejs/kit';
import { chapterEntries, chapterPage } from '$lib/server/content';

export const entries = chapterEntries;

export const load = ({ params }) =>
	chapterPage(params.slug) ?? error(404, `Không có chương "${params.slug}".`);
