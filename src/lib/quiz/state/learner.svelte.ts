import { browser } from '$app/environment';
import { emptyProgress, type Progress } from '$lib/quiz/core/progress';
import {
	PROGRESS_KEY,
	ProgressStore,
	type KeyValueStorage,
	type SaveResult
} from '$lib/quiz/state/store';

/**
 * The learner's progress as reactive state for the quiz pages: reads browser storage
 * once, follows saves made in other tabs, and reports problems (unreadable saved data,
 * a full quota) instead of hiding them.
 */
export class Learner {
	progress = $state<Progress>(emptyProgress());
	/** About the saved data (set aside as a backup, from a newer version…). */
	notice = $state<string | null>(null);
	/** The last save that failed, in words. */
	problem = $state<string | null>(null);
	ready = $state(false);
	#store: ProgressStore | null = null;

	connect(storage: KeyValueStorage = localStorage) {
		if (this.#store) return;
		this.#store = new ProgressStore(storage);
		this.progress = this.#store.progress;
		this.notice = this.#store.notice;
		this.ready = true;
		if (browser)
			addEventListener('storage', (event: StorageEvent) => {
				if (event.key !== PROGRESS_KEY || !this.#store) return;
				this.#store.reload();
				this.progress = this.#store.progress;
			});
	}

	#after(result: SaveResult): SaveResult {
		if (this.#store) this.progress = this.#store.progress;
		this.problem = result.ok ? null : result.message;
		return result;
	}

	save(update: (p: Progress) => Progress): SaveResult {
		if (!this.#store) return { ok: false, message: 'Tiến độ chưa sẵn sàng.' };
		return this.#after(this.#store.save(update));
	}

	exportText(): string {
		return this.#store?.exportText() ?? '';
	}

	importText(text: string): SaveResult {
		if (!this.#store) return { ok: false, message: 'Tiến độ chưa sẵn sàng.' };
		const result = this.#store.importText(text);
		// A refused file changes nothing, and says so without touching `problem` of saves.
		if (this.#store) this.progress = this.#store.progress;
		return result;
	}

	reset(): SaveResult {
		if (!this.#store) return { ok: false, message: 'Tiến độ chưa sẵn sàng.' };
		return this.#after(this.#store.reset());
	}
}

export const learner = new Learner();
