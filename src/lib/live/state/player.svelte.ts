import type { PlayerView, ServerMessage } from '../core/protocol';
import { LiveLink } from './connection.svelte';
import { Countdown } from './countdown.svelte';

const SEAT_KEY = 'crm-lab-live-seat';
const RECORDED_KEY = 'crm-lab-live-recorded';

type Seat = { code: string; playerId: string; seatToken: string };
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function read<T>(storage: Storage, key: string): T | null {
	try {
		return JSON.parse(storage.getItem(key) ?? 'null') as T | null;
	} catch {
		return null;
	}
}

/**
 * A student's side of a live room: the seat kept in this browser (so a reload, a sleeping
 * phone or a dropped network is back in the same seat), the view the server sends, and the
 * answer to the open question, resent once the connection is back.
 */
export class LivePlayer {
	view = $state<PlayerView | null>(null);
	/** A refusal or a problem, in words. */
	message = $state<string | null>(null);
	joining = $state(false);
	/** The answer sent and not yet acknowledged (offline, or on its way). */
	pending = $state<{ question: number; choices: number[] } | null>(null);
	readonly countdown = new Countdown();
	readonly link: LiveLink;
	#seat = $state<Seat | null>(null);
	#storage: Storage;
	/** Called when a question's key is revealed with this student's answer (review queue). */
	onresult: (id: string, correct: boolean) => void = () => {};

	constructor(storage: Storage = localStorage) {
		this.#storage = storage;
		this.#seat = read<Seat>(storage, SEAT_KEY);
		this.link = new LiveLink({
			onopen: () => this.#resume(),
			onmessage: (m) => this.#receive(m)
		});
	}

	get seated() {
		return this.#seat !== null;
	}

	join(code: string, nickname: string) {
		this.message = null;
		this.joining = true;
		if (!this.link.send({ type: 'join', code, nickname })) {
			this.joining = false;
			this.message = 'Chưa kết nối được máy chủ. Hãy thử lại khi có mạng.';
		}
	}

	answer(choices: number[]) {
		const view = this.view;
		if (!view || view.phase !== 'open' || view.choices) return;
		this.pending = { question: view.index, choices };
		this.link.send({ type: 'answer', ...this.pending });
	}

	/** Leaves the room on this device (to join another one). */
	leave() {
		this.#seat = null;
		this.#storage.removeItem(SEAT_KEY);
		this.view = null;
		this.pending = null;
	}

	#resume() {
		if (!this.#seat) return;
		this.link.send({ type: 'rejoin', ...this.#seat });
	}

	#receive(m: ServerMessage) {
		switch (m.type) {
			case 'seat':
				this.#seat = { code: m.code, playerId: m.playerId, seatToken: m.seatToken };
				this.#storage.setItem(SEAT_KEY, JSON.stringify(this.#seat));
				this.joining = false;
				return;
			case 'state':
				if (m.view.role !== 'player') return;
				this.#show(m.view);
				return;
			case 'answered':
				if (this.pending?.question === m.question) this.pending = null;
				return;
			case 'kicked':
				this.leave();
				this.message = m.message;
				return;
			case 'error':
				this.joining = false;
				if (m.code === 'bad-seat' || m.code === 'kicked') this.leave();
				if (m.code === 'not-open') this.pending = null;
				this.message = m.message;
				return;
		}
	}

	#show(view: PlayerView) {
		this.view = view;
		this.message = null;
		this.countdown.set(view.remainingMs, view.phase === 'open');
		const pending = this.pending;
		if (pending && view.index === pending.question && view.choices) this.pending = null;
		else if (pending && view.index === pending.question && view.phase === 'open')
			// an answer given offline goes out once the seat is back
			this.link.send({ type: 'answer', ...pending });
		else if (pending && !(view.index === pending.question && view.phase === 'paused')) {
			this.pending = null;
			this.message = 'Câu hỏi đã đóng trước khi câu trả lời của bạn tới máy chủ.';
		}
		if (view.key && view.correct !== null && view.question) this.#record(view);
	}

	/** Each revealed answer goes to the review queue once, even after reloads. */
	#record(view: PlayerView) {
		const mark = `${view.code}:${view.index}`;
		const done = read<string[]>(this.#storage, RECORDED_KEY) ?? [];
		if (done.includes(mark)) return;
		this.#storage.setItem(RECORDED_KEY, JSON.stringify([...done, mark].slice(-200)));
		this.onresult(view.question!.id, view.correct!);
	}
}
