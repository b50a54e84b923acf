import { browser } from '$app/environment';
import { emptyProgress, type Progress } from '$lib/quiz/core/progress';
import {
	importSizeProblem,
	PROGRESS_KEY,
	ProgressStore,
	type SaveResult
} from '$lib/quiz/state/store';
import { pendingNotices } from '$lib/site/notices.svelte';
import { siteStorage, type SafeStorage } from '$lib/site/storage';

/** Where the learner finds the copies of set-aside data. */
const BACKUPS = { href: '/tien-do#ban-sao-luu', linkText: 'Xem các bản sao lưu' };
const HELD_NOTICE_ID = `${PROGRESS_KEY}:held`;

/**
 * The learner's progress as reactive state for the quiz pages: reads browser storage
 * once, follows saves made in other tabs, and reports problems (unreadable saved data,
 * a full quota, blocked storage) instead of hiding them. Unreadable data is announced on
 * every page until the learner dismisses it, whichever page found it.
 */
export class Learner {
	progress = $state<Progress>(emptyProgress());
	/** About the saved data (from a newer version…), for the quiz pages. */
	notice = $state<string | null>(null);
	/** The last save that failed, in words. */
	problem = $state<string | null>(null);
	/** True while unreadable data sits in storage with no copy: saves wait for its download. */
	holdsUnsaved = $state(false);
	ready = $state(false);
	#store: ProgressStore | null = null;

	connect(storage: SafeStorage = siteStorage) {
		if (this.#store) return;
		this.#store = new ProgressStore(storage);
		this.#announce();
		this.ready = true;
		if (browser)
			addEventListener('storage', (event: StorageEvent) => {
				if (event.key !== PROGRESS_KEY || !this.#store) return;
				this.#store.reload();
				this.#announce();
			});
	}

	/** The notices already raised in this page (not reactive: only the notices list is). */
	#announced: string[] = [];

	/** Takes what the store found: set-aside and held data wait on every page as notices. */
	#announce() {
		const store = this.#store;
		if (!store) return;
		this.progress = store.progress;
		this.holdsUnsaved = store.holdsUnsaved;
		const id = store.holdsUnsaved ? HELD_NOTICE_ID : store.backupKey;
		if (id && store.notice && !this.#announced.includes(id)) {
			this.#announced.push(id);
			pendingNotices.add({ id, text: store.notice, ...BACKUPS });
		} else if (!id) this.notice = store.notice;
	}

	#after(result: SaveResult): SaveResult {
		this.#announce();
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
		this.#announce();
		return result;
	}

	/** Imports a file, refusing one too big to be progress before reading it. */
	async importFile(file: Blob): Promise<SaveResult> {
		const tooBig = importSizeProblem(file.size);
		if (tooBig) return { ok: false, message: tooBig };
		return this.importText(await file.text());
	}

	/** The unreadable data held in storage, for the learner to download. */
	heldText(): string | null {
		return this.#store?.heldText() ?? null;
	}

	/** After the learner downloaded the held data: saving resumes. */
	releaseHeld(): void {
		this.#store?.releaseHeld();
		this.holdsUnsaved = false;
		this.problem = null;
		this.#announced = this.#announced.filter((id) => id !== HELD_NOTICE_ID);
		pendingNotices.dismiss(HELD_NOTICE_ID);
	}

	reset(): SaveResult {
		if (!this.#store) return { ok: false, message: 'Tiến độ chưa sẵn sàng.' };
		const result = this.#after(this.#store.reset());
		if (result.ok) this.releaseHeld();
		return result;
	}
}

export const learner = new Learner();
