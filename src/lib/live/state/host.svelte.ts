import { siteStorage } from '$lib/site/storage';
import type { GameSetup } from '../core/game-setup';
import type { HostCommand } from '../core/room';
import type { GameHostView, HostView, ServerMessage } from '../core/protocol';
import { LiveLink } from './connection.svelte';
import { Countdown } from './countdown.svelte';
import { readJson, type LiveStorage } from './storage';

const HOST_KEY = 'crm-lab-live-host';

type HostSeat = { code: string; hostToken: string };

/**
 * The lecturer's side of a live room. The host token is kept in this browser, so a
 * reload (or the laptop waking up) takes the projector back to the running room.
 */
export class LiveHost {
	view = $state<HostView | GameHostView | null>(null);
	message = $state<string | null>(null);
	creating = $state(false);
	readonly countdown = new Countdown();
	readonly link: LiveLink;
	#seat = $state<HostSeat | null>(null);
	#storage: LiveStorage;

	constructor(storage: LiveStorage = siteStorage) {
		this.#storage = storage;
		this.#seat = readJson<HostSeat>(storage, HOST_KEY);
		this.link = new LiveLink({
			onopen: () => {
				if (this.#seat) this.link.send({ type: 'host.resume', ...this.#seat });
			},
			onmessage: (m) => this.#receive(m)
		});
	}

	/** Whether a room is remembered (the page waits for it instead of showing the setup). */
	get resuming() {
		return this.#seat !== null && this.view === null;
	}

	create(questionIds: string[], seconds: number) {
		this.message = null;
		this.creating = this.link.send({ type: 'host.create', questionIds, seconds });
		if (!this.creating) this.message = 'Chưa kết nối được máy chủ. Hãy thử lại.';
	}

	/** A class-plays-the-firm session: the firm, how many quarters, the first vote's moves. */
	createGame(setup: GameSetup) {
		this.message = null;
		this.creating = this.link.send({ type: 'host.game', ...setup });
		if (!this.creating) this.message = 'Chưa kết nối được máy chủ. Hãy thử lại.';
	}

	/** The moves of the next vote (between quarters, or before the first). */
	setMoves(moves: string[]) {
		this.link.send({ type: 'host.moves', moves });
	}

	command(command: HostCommand) {
		this.link.send({ type: 'host.command', command });
	}

	kick(playerId: string) {
		this.link.send({ type: 'host.kick', playerId });
	}

	/** Forgets the room on this browser, back to the setup (the room itself stays stored). */
	forget() {
		this.#seat = null;
		this.#storage.remove(HOST_KEY);
		this.view = null;
		this.countdown.set(null, false);
	}

	#receive(m: ServerMessage) {
		if (m.type === 'host.welcome') {
			this.#seat = { code: m.code, hostToken: m.hostToken };
			this.#storage.write(HOST_KEY, JSON.stringify(this.#seat));
			this.creating = false;
		} else if (m.type === 'state' && m.view.role === 'host' && m.view.code === this.#seat?.code) {
			// only the room held: one just forgotten may still send a change or two
			this.view = m.view;
			this.countdown.set(m.view.remainingMs, m.view.phase === 'open');
		} else if (m.type === 'error') {
			this.creating = false;
			if (m.code === 'not-host') this.forget();
			this.message = m.message;
		}
	}
}
