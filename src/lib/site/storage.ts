/**
 * The one way the site touches localStorage. A browser set to block site data throws on
 * the mere `localStorage` getter (SecurityError); a full one throws QuotaExceededError on
 * setItem. Neither may break a page: when storage is blocked, reads and writes go to an
 * in-memory map for the page's life (the layout tells the learner once), and a full
 * storage is reported to the caller, which decides what the learner is told.
 *
 * @example
 * const saved = writeKey('crm-lab:theme', 'dark');
 * if (!saved.ok && saved.reason === 'full') showNotice('…');
 */

export type StorageStatus = 'ok' | 'blocked' | 'full';

export type WriteResult = { ok: true } | { ok: false; reason: 'blocked' | 'full' };

function isQuotaError(error: unknown): boolean {
	return (
		error instanceof DOMException &&
		(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
	);
}

/**
 * Safe access to one Storage. The site uses the instance over localStorage through the
 * functions below; tests build their own over a fake Storage.
 */
export class SafeStorage {
	/** Set once storage turns out to be blocked: from then on it holds everything. */
	#memory: Map<string, string> | null = null;
	/** True after a write the browser refused for lack of room, until one succeeds. */
	#full = false;

	/** `open` may throw (a blocked localStorage getter does) or return nothing. */
	constructor(private open: () => Storage | undefined) {}

	/** The real storage, or null (and memory mode from now on) when it is blocked. */
	#storage(): Storage | null {
		if (this.#memory) return null;
		try {
			const storage = this.open();
			if (!storage) throw new Error('no storage');
			storage.getItem('crm-lab:probe');
			return storage;
		} catch {
			return this.#block();
		}
	}

	#block(): null {
		this.#memory ??= new Map();
		return null;
	}

	/** Old Safari's private mode has a quota of 0: even a tiny write fails. That is blocked. */
	#zeroQuota(storage: Storage): boolean {
		if (storage.length > 0) return false;
		try {
			storage.setItem('crm-lab:probe', '1');
			storage.removeItem('crm-lab:probe');
			return false;
		} catch {
			return true;
		}
	}

	/** The stored value, or null when there is none. Never throws. */
	read(key: string): string | null {
		const storage = this.#storage();
		if (!storage) return this.#memory!.get(key) ?? null;
		try {
			return storage.getItem(key);
		} catch {
			this.#block();
			return null;
		}
	}

	/**
	 * Stores `value` under `key` in one call (a crash cannot leave half of it). Blocked: the
	 * value is kept in memory for this page (read returns it) and the result says `blocked`,
	 * since it will not survive the page. No room left: the old value stays as it was and
	 * the result says `full`. Never throws.
	 */
	write(key: string, value: string): WriteResult {
		const storage = this.#storage();
		if (storage)
			try {
				storage.setItem(key, value);
				this.#full = false;
				return { ok: true };
			} catch (error) {
				if (isQuotaError(error) && !this.#zeroQuota(storage)) {
					this.#full = true;
					return { ok: false, reason: 'full' };
				}
				this.#block();
			}
		this.#memory!.set(key, value);
		return { ok: false, reason: 'blocked' };
	}

	/** Deletes the key. Never throws. */
	remove(key: string): void {
		this.#memory?.delete(key);
		try {
			this.#storage()?.removeItem(key);
		} catch {
			this.#block();
		}
	}

	/** 'blocked': the site works from memory; 'full': the last write found no room. */
	status(): StorageStatus {
		if (!this.#storage()) return 'blocked';
		return this.#full ? 'full' : 'ok';
	}

	/** Every stored key that starts with `prefix`, sorted. Never throws. */
	list(prefix: string): string[] {
		const keys = new Set<string>();
		const storage = this.#storage();
		try {
			for (let i = 0; storage && i < storage.length; i++) {
				const key = storage.key(i);
				if (key?.startsWith(prefix)) keys.add(key);
			}
		} catch {
			this.#block();
		}
		for (const key of this.#memory?.keys() ?? []) if (key.startsWith(prefix)) keys.add(key);
		return [...keys].sort();
	}
}

/** The site's storage: the browser's localStorage, or memory when it is blocked. */
export const siteStorage = new SafeStorage(() => globalThis.localStorage);

/** The stored value, or null when there is none. Never throws. */
export const readKey = (key: string): string | null => siteStorage.read(key);
/** See SafeStorage.write: `blocked` means kept in memory only, `full` means not stored. */
export const writeKey = (key: string, value: string): WriteResult => siteStorage.write(key, value);
/** Deletes the key. Never throws. */
export const removeKey = (key: string): void => siteStorage.remove(key);
/** 'blocked': the site works from memory; 'full': the last write found no room. */
export const storageStatus = (): StorageStatus => siteStorage.status();
/** Every stored key that starts with `prefix`, sorted. Never throws. */
export const listKeys = (prefix: string): string[] => siteStorage.list(prefix);
