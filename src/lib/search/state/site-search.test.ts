import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { SearchDocument } from '../core/documents';
import { SEARCH_INDEX_URL, SiteSearch } from './site-search.svelte';

const doc = (id: string, title: string, kind: SearchDocument['kind'] = 'chapter') =>
	({ id, kind, title, subtitle: '', keywords: '', text: '', context: '', href: `/${id}` }) as const;

const documents = [
	doc('a', 'Sự thỏa mãn'),
	doc('b', 'Từ thỏa mãn đến trung thành'),
	doc('t', 'sự thỏa mãn của khách hàng', 'term')
];

const serving = (body: unknown, status = 200) =>
	vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe('SiteSearch', () => {
	it('fetches the index once, then searches as the query changes', async () => {
		const fetcher = serving({ documents });
		const search = new SiteSearch();
		await search.open(fetcher);
		await search.open(fetcher);
		expect(fetcher).toHaveBeenCalledTimes(1);
		expect(fetcher).toHaveBeenCalledWith(SEARCH_INDEX_URL);
		expect(search.load).toBe('ready');
		expect(search.status).toBe('');

		search.query = 'thoa man';
		expect(search.items.map((i) => i.id).sort()).toEqual(['a', 'b', 't']);
		expect(search.status).toBe('3 kết quả: 2 mục trong chương, 1 thuật ngữ.');
		expect(search.activeItem).toEqual(search.items[0]);
	});

	it.each([
		[[1], 1],
		[[1, 1, 1], 0],
		[[-1], 2],
		[[1, -1, -1], 2]
	])('moves the active result by %j to %i, wrapping', async (steps, expected) => {
		const search = new SiteSearch();
		await search.open(serving({ documents }));
		search.query = 'thoa';
		for (const step of steps) search.move(step);
		expect(search.active).toBe(expected);
		search.query = 'thoa m';
		expect(search.active).toBe(0);
	});

	it.each([
		['an error status', serving({ documents }, 404)],
		['a file that is not an index', serving({ pages: [] })],
		['no network', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))]
	])('says so on %s, and tries again when opened again', async (_what, failing) => {
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
		onTestFinished(() => quiet.mockRestore());
		const search = new SiteSearch();
		await search.open(failing as typeof fetch);
		expect(search.load).toBe('failed');
		expect(search.status).toMatch(/^Không tải được chỉ mục tìm kiếm/);
		expect(search.groups).toEqual([]);
		await search.open(serving({ documents }));
		expect(search.load).toBe('ready');
	});
});
