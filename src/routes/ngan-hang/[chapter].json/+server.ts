import { error, json } from '@sveltejs/kit';
import { banks } from '$lib/server/quiz';
import type { EntryGenerator, RequestHandler } from './$types';

/** One chapter's question bank as a static file: /ngan-hang/<chapter>.json. */
export const prerender = true;

export const entries: EntryGenerator = () => banks.map((b) => ({ chapter: b.chapter }));

export const GET: RequestHandler = ({ params }) => {
	const bank = banks.find((b) => b.chapter === params.chapter);
	if (!bank) error(404, `Không có ngân hàng câu hỏi "${params.chapter}".`);
	return json(bank);
};
