import { readKey, removeKey, writeKey } from './storage';

/**
 * Notices about the learner's data that wait, on every page, until the learner dismisses
 * them (e.g. progress found unreadable on the home page and set aside). Kept in storage, so
 * a notice raised on one page is still there on the next visit.
 */
export const NOTICES_KEY = 'crm-lab:notices';

export type PendingNotice = {
	id: string;
	text: string;
	/** Where the learner can act on it (the backups on /tien-do). */
	href?: string;
	linkText?: string;
};

const isNotice = (x: unknown): x is PendingNotice =>
	typeof x === 'object' &&
	x !== null &&
	typeof (x as PendingNotice).id === 'string' &&
	typeof (x as PendingNotice).text === 'string';

class PendingNotices {
	list = $state<PendingNotice[]>([]);
	#loaded = false;

	/** Reads the stored notices once per page; what cannot be read is dropped. */
	load(): void {
		if (this.#loaded) return;
		this.#loaded = true;
		try {
			const stored: unknown = JSON.parse(readKey(NOTICES_KEY) ?? '[]');
			if (Array.isArray(stored)) this.list = [...stored.filter(isNotice), ...this.list];
		} catch {
			// an unreadable list of notices is not worth keeping
		}
	}

	/** Adds or replaces the notice with this id. */
	add(notice: PendingNotice): void {
		this.load();
		this.list = [...this.list.filter((n) => n.id !== notice.id), notice];
		this.#save();
	}

	dismiss(id: string): void {
		this.load();
		this.list = this.list.filter((n) => n.id !== id);
		this.#save();
	}

	#save() {
		if (this.list.length) writeKey(NOTICES_KEY, JSON.stringify(this.list));
		else removeKey(NOTICES_KEY);
	}
}

export const pendingNotices = new PendingNotices();
