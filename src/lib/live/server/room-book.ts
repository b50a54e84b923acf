import { LiveError } from '../core/errors';
import type { Fanout, FanoutMessage } from './fanout';
import { applyChange, type RoomChange, type RoomStore, type StoredRoom } from './room-store';

/** A room as this process holds it: the stored state plus who else serves it. */
export type BookRoom = StoredRoom & {
	/** The players other processes hold, by process, with when they last said so. */
	peers: Map<string, { players: string[]; at: number }>;
	/** Changes that arrived while the room was (re)loading, applied after. */
	pending: FanoutMessage[] | null;
	waiters: { seq: number; resolve: () => void }[];
	presenceUpdate: ReturnType<typeof setTimeout> | null;
	/** This process's phase changes to the room, one after another (see `commit`). */
	phaseQueue: Promise<unknown>;
};

export type BookHooks<R extends BookRoom> = {
	/** A room this process starts holding (loaded or created), with the hub's own fields. */
	make(held: BookRoom): R;
	/** After a change was applied; `own` when this process committed it (it then replies). */
	changed(live: R, change: RoomChange | null, own: boolean): void;
	/** Another process said which players it holds. */
	presence(live: R): void;
	/** The players connected to this process. */
	seats(live: R): string[];
};

/** A peer's presence older than this is dropped (it says it again every heartbeat). */
export const PEER_TTL_MS = 45_000;
const PRESENCE_MS = 15_000;
/** Joins come in bursts: the others hear of this process's players at most this often. */
const PRESENCE_DELAY_MS = 100;
/** How long a commit waits for the changes before it to arrive before reloading the room. */
const CATCH_UP_MS = 2_000;
const ATTEMPTS = 8;

/**
 * The rooms one server process holds, kept in step with the store. A change is decided on
 * this copy, committed to the store against the version it was decided on, then applied
 * here in the store's order; a refused commit means the copy is behind: it catches up (the
 * missing changes come through the fan-out) and decides again. Changes committed by other
 * processes arrive through the fan-out and are applied in order; a gap reloads the room.
 */
export class RoomBook<R extends BookRoom> {
	#rooms = new Map<string, R>();
	#loading = new Map<string, Promise<R | undefined>>();
	#early = new Map<string, FanoutMessage[]>();
	#store: RoomStore;
	#fanout: Fanout;
	#hooks: BookHooks<R>;
	#heartbeat: ReturnType<typeof setInterval> | null = null;

	constructor(store: RoomStore, fanout: Fanout, hooks: BookHooks<R>) {
		this.#store = store;
		this.#fanout = fanout;
		this.#hooks = hooks;
		fanout.listen((code, message) => this.#receive(code, message));
		if (!fanout.shared) return;
		this.#heartbeat = setInterval(() => {
			for (const live of this.#rooms.values()) if (hooks.seats(live).length) this.#announce(live);
		}, PRESENCE_MS);
		this.#heartbeat.unref();
	}

	/** Stops the timers; the other processes stop counting this one's players. */
	stop() {
		if (this.#heartbeat) clearInterval(this.#heartbeat);
		for (const live of this.#rooms.values()) {
			if (live.presenceUpdate) clearTimeout(live.presenceUpdate);
			if (this.#fanout.shared && this.#hooks.seats(live).length)
				this.#fanout.publish(live.room.code, { from: this.self, presence: [] });
		}
	}

	get self() {
		return this.#fanout.self;
	}

	get(code: string): R | undefined {
		return this.#rooms.get(code);
	}

	values() {
		return this.#rooms.values();
	}

	/** The room, from this process's copy or else the store; undefined if there is none. */
	find(code: string): Promise<R | undefined> {
		const held = this.#rooms.get(code);
		if (held) return Promise.resolve(held);
		let loading = this.#loading.get(code);
		if (!loading) {
			loading = this.#load(code).finally(() => this.#loading.delete(code));
			this.#loading.set(code, loading);
		}
		return loading;
	}

	/** Holds the rooms a restarted process resumes. */
	async resume() {
		for (const stored of await this.#store.loadActive()) await this.#hold(stored);
	}

	/**
	 * Writes a new room made by `make(taken)`; a code taken meanwhile by another process is
	 * refused by the store, and a new room is made (a new code drawn).
	 */
	async create(make: (taken: (code: string) => boolean) => StoredRoom): Promise<R> {
		for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
			const stored = make((code) => this.#rooms.has(code));
			if (await this.#store.create(stored)) return this.#hold(stored);
		}
		throw new LiveError('bad-message', 'Máy chủ đang bận, hãy gửi lại.');
	}

	/**
	 * Decides a change on the room as held (`decide` may throw a LiveError, or return null:
	 * nothing to change), commits it, and applies it; returns the change, or null.
	 */
	async commit(live: R, decide: (live: R) => RoomChange | null): Promise<RoomChange | null> {
		const change = decide(live);
		if (change?.kind !== 'phase') return this.#commit(live, decide, change);
		// Phase changes (and a game's votes, which change the room's own fields) all move the
		// phase version: made at once on one copy, all but one would be refused. In turn,
		// each is decided on the room as the one before left it.
		const turn = live.phaseQueue.then(() => this.#commit(live, decide, decide(live)));
		live.phaseQueue = turn.catch(() => {});
		return turn;
	}

	async #commit(
		live: R,
		decide: (live: R) => RoomChange | null,
		first: RoomChange | null
	): Promise<RoomChange | null> {
		for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
			const change = attempt === 0 ? first : decide(live);
			if (!change) return null;
			const result = await this.#store.commit(live.room.code, change, live);
			if (result.ok) {
				await this.#reach(live, result.seq - 1);
				if (live.seq === result.seq - 1) this.#apply(live, change, true);
				return change;
			}
			if (result.why === 'gone') throw new LiveError('no-room', 'Phiên này không còn nữa.');
			await this.#reach(live, result.seq);
		}
		throw new LiveError('bad-message', 'Máy chủ đang bận, hãy gửi lại.');
	}

	/** The players connected here changed: the other processes hear of it soon. */
	seatsChanged(live: R) {
		if (!this.#fanout.shared || live.presenceUpdate) return;
		live.presenceUpdate = setTimeout(() => {
			live.presenceUpdate = null;
			this.#announce(live);
		}, PRESENCE_DELAY_MS);
		live.presenceUpdate.unref?.();
	}

	#announce(live: R) {
		const players = this.#hooks.seats(live);
		this.#fanout.publish(live.room.code, { from: this.self, presence: players });
	}

	/** The players connected to other processes (recently enough). */
	peerPlayers(live: R): string[] {
		const now = Date.now();
		const ids: string[] = [];
		for (const [from, peer] of live.peers)
			if (now - peer.at > PEER_TTL_MS) live.peers.delete(from);
			else ids.push(...peer.players);
		return ids;
	}

	drop(code: string) {
		if (!this.#rooms.delete(code)) return;
		void this.#fanout.unwatch(code);
	}

	async #load(code: string): Promise<R | undefined> {
		this.#early.set(code, []);
		try {
			await this.#fanout.watch(code);
			const stored = await this.#store.load(code);
			if (!stored) {
				void this.#fanout.unwatch(code);
				return undefined;
			}
			const live = this.#hold(stored, this.#early.get(code));
			this.#fanout.publish(code, { from: this.self, hello: true });
			return live;
		} finally {
			this.#early.delete(code);
		}
	}

	/** Holds a room; `early` has what the fan-out brought since its snapshot was asked for. */
	async #hold(stored: StoredRoom, early: FanoutMessage[] = []) {
		await this.#fanout.watch(stored.room.code);
		const live = this.#hooks.make({
			...stored,
			peers: new Map(),
			pending: null,
			waiters: [],
			presenceUpdate: null,
			phaseQueue: Promise.resolve()
		});
		this.#rooms.set(stored.room.code, live);
		for (const message of early) this.#take(live, message);
		this.#hooks.changed(live, null, false);
		return live;
	}

	#receive(code: string, message: FanoutMessage) {
		const live = this.#rooms.get(code);
		if (!live) return this.#early.get(code)?.push(message);
		if (live.pending) return live.pending.push(message);
		this.#take(live, message);
	}

	#take(live: R, message: FanoutMessage) {
		if ('hello' in message) {
			if (message.from !== this.self && this.#hooks.seats(live).length) this.#announce(live);
		} else if ('presence' in message) {
			if (message.from === this.self) return;
			live.peers.set(message.from, { players: message.presence, at: Date.now() });
			this.#hooks.presence(live);
		} else if (message.seq === live.seq + 1) {
			this.#apply(live, message.change, message.from === this.self);
		} else if (message.seq > live.seq + 1) {
			// Changes were missed (the connection to Redis dropped a while): start again from the store.
			void this.#reload(live);
		}
	}

	#apply(live: R, change: RoomChange, own: boolean) {
		applyChange(live, change);
		this.#hooks.changed(live, change, own);
		live.waiters = live.waiters.filter((w) => (w.seq <= live.seq ? (w.resolve(), false) : true));
	}

	/** Resolves once the held copy has every change up to `seq`. */
	#reach(live: R, seq: number): Promise<void> {
		if (live.seq >= seq) return Promise.resolve();
		return new Promise((resolve) => {
			const timer = setTimeout(() => void this.#reload(live), CATCH_UP_MS);
			live.waiters.push({
				seq,
				resolve: () => {
					clearTimeout(timer);
					resolve();
				}
			});
		});
	}

	async #reload(live: R) {
		if (live.pending) return;
		live.pending = [];
		try {
			const stored = await this.#store.load(live.room.code);
			if (stored && stored.seq > live.seq) Object.assign(live, stored);
		} finally {
			const pending = live.pending;
			live.pending = null;
			for (const message of pending) this.#take(live, message);
			this.#hooks.changed(live, null, false);
			const waiting = live.waiters;
			live.waiters = [];
			// Whatever the store holds now is as far as anyone can catch up.
			for (const w of waiting) w.resolve();
		}
	}
}
