/** The part of the Web Locks API the lock needs (navigator.locks, or a fake in tests). */
export type Locks = {
	request(
		name: string,
		options: { ifAvailable?: boolean; steal?: boolean },
		callback: (lock: unknown) => Promise<void> | void
	): Promise<unknown>;
};

/**
 * One tab at a time holds a named lock across the tabs of the site (Web Locks): the mock
 * exam's attempt is written only by the tab that holds it. Another tab can take it over
 * on the learner's word; the tab that had it is told through `onlost`. Without Web Locks
 * (old browsers) every tab holds it, as before.
 */
export class TabLock {
	#release: (() => void) | null = null;
	/** Called when another tab takes the lock over. */
	onlost: () => void = () => {};

	constructor(
		private name: string,
		/** null: the browser has no Web Locks. */
		private locks: Locks | null = globalThis.navigator?.locks ?? null
	) {}

	get held(): boolean {
		return this.#release !== null || !this.locks;
	}

	/** Takes the lock if no other tab holds it; true when this tab now holds it. */
	claim(): Promise<boolean> {
		return this.#request({ ifAvailable: true });
	}

	/** Takes the lock from whichever tab holds it. */
	async takeOver(): Promise<void> {
		await this.#request({ steal: true });
	}

	release(): void {
		this.#release?.();
		this.#release = null;
	}

	#request(options: { ifAvailable?: boolean; steal?: boolean }): Promise<boolean> {
		const locks = this.locks;
		if (!locks || this.#release) return Promise.resolve(true);
		return new Promise((granted) => {
			locks
				.request(this.name, options, (lock) => {
					if (!lock) return granted(false);
					granted(true);
					// Held until released, or until another tab steals it (the request then rejects).
					return new Promise<void>((release) => (this.#release = release));
				})
				.catch(() => {
					granted(false);
					if (!this.#release) return;
					this.#release = null;
					this.onlost();
				});
		});
	}
}

/**
 * Web Locks in memory, for tests: several TabLocks over one FakeLocks behave like tabs of
 * one browser (ifAvailable, steal, release).
 */
export class FakeLocks implements Locks {
	#held = new Map<string, { abort: (error: Error) => void }>();

	request(
		name: string,
		options: { ifAvailable?: boolean; steal?: boolean },
		callback: (lock: unknown) => Promise<void> | void
	): Promise<unknown> {
		const holder = this.#held.get(name);
		if (holder && options.ifAvailable) return Promise.resolve(callback(null));
		if (holder && !options.steal) return Promise.reject(new Error('FakeLocks does not queue'));
		holder?.abort(new DOMException('The lock was stolen.', 'AbortError'));
		return new Promise((resolve, reject) => {
			const entry = { abort: reject };
			this.#held.set(name, entry);
			Promise.resolve(callback({ name })).then(() => {
				if (this.#held.get(name) === entry) this.#held.delete(name);
				resolve(undefined);
			}, reject);
		});
	}
}
