import type { Bank } from '$lib/quiz/core/bank';

const cache = new Map<string, Promise<Bank>>();

/**
 * Fetches chapters' question banks from the site's static files, once each per page
 * life. The banks were validated when the site was built.
 */
export function fetchBanks(chapters: readonly string[], fetcher: typeof fetch = fetch) {
	return Promise.all(
		chapters.map((chapter) => {
			let bank = cache.get(chapter);
			if (!bank) {
				bank = fetcher(`/ngan-hang/${chapter}.json`).then((response) => {
					if (!response.ok)
						throw new Error(`Không tải được câu hỏi của chương "${chapter}" (${response.status}).`);
					return response.json() as Promise<Bank>;
				});
				bank.catch(() => cache.delete(chapter));
				cache.set(chapter, bank);
			}
			return bank;
		})
	);
}
