/**
 * The search box's state: the query, the results and which one the arrow keys have
 * reached. The engine (MiniSearch) and the index (/tim-kiem.json) are fetched the first
 * time search opens, so pages that never search never pay for them.
 */
import type { SearchEngine } from '../core/engine';
import { resultsStatus, type SearchGroup, type SearchItem } from '../core/results';

export const SEARCH_INDEX_URL = '/tim-kiem.json';

export type SearchLoad = 'idle' | 'loading' | 'ready' | 'failed';

const MESSAGES: Partial<Record<SearchLoad, string>> = {
	loading: 'Đang tải chỉ mục tìm kiếm…',
	failed: 'Không tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối mạng rồi mở lại ô tìm kiếm.'
};

export class SiteSearch {
	#query = $state('');
	#engine = $state.raw<SearchEngine | null>(null);
	load = $state<SearchLoad>('idle');
	/** The position, among all results, of the one Enter opens; -1 for none. */
	active = $state(0);

	readonly groups: SearchGroup[] = $derived(this.#engine?.search(this.#query) ?? []);
	readonly items: SearchItem[] = $derived(this.groups.flatMap((g) => g.items));
	readonly activeItem: SearchItem | undefined = $derived(this.items[this.active]);
	/** What a screen reader hears: the loading state, then how many results there are. */
	readonly status: string = $derived(
		MESSAGES[this.load] ?? (this.#engine ? resultsStatus(this.#query, this.groups) : '')
	);

	get query() {
		return this.#query;
	}

	set query(value: string) {
		this.#query = value;
		this.active = 0;
	}

	/** Moves the active result by `step`, wrapping around at either end. */
	move(step: number) {
		const n = this.items.length;
		if (n) this.active = (((this.active + step) % n) + n) % n;
	}

	/** Fetches the engine and the index, once; after a failure, the next call tries again. */
	async open(fetcher: typeof fetch = fetch) {
		if (this.load === 'loading' || this.load === 'ready') return;
		this.load = 'loading';
		try {
			const [{ engineFromIndex }, response] = await Promise.all([
				import('../core/engine'),
				fetcher(SEARCH_INDEX_URL)
			]);
			if (!response.ok) throw new Error(`${SEARCH_INDEX_URL}: ${response.status}`);
			this.#engine = engineFromIndex(await response.json());
			this.load = 'ready';
		} catch (error) {
			console.error(error);
			this.load = 'failed';
		}
	}
}
