import { siteStorage } from '$lib/site/storage';
import type { GamePlayerView, PlayerView, ServerMessage } from '../core/protocol';
import { LiveLink } from './connection.svelte';
import { Countdown } from './countdown.svelte';
import { readJson, type LiveStorage } from './storage';

const SEAT_KEY = 'crm-lab-live-seat';
const RECORDED_KEY = 'crm-lab-live-recorded';

type Seat = { code: string; playerId: string; seatToken: string };

/**
 * A student's side of a live room: the seat kept in this browser (so a reload, a sleeping
 * phone or a dropped network is back in the same seat), the view the server sends, and the
 * answer to the open question, resent once the connection is back.
 */
export class LivePlayer {
	view = $state<PlayerView | GamePlayerView | null>(null);
	/** A refusal or a problem, in words. */
	message = $state<string | null>(null);
	joining = $state(false);
	/** The answer sent and not yet acknowledged (offline, or on its way). */
	pending = $state<{ question: number; choices: number[] } | null>(null);
	/** The vote sent and not yet counted (offline, or on its way). */
	pendingVote = $state<{ quarter: number; option: number } | null>(null);
	readonly countdown = new Countdown();
	readonly link: LiveLink;
	#seat = $state<Seat | null>(null);
	#storage: LiveStorage;
	/** Called when a question's key is revealed with this student's answer (review queue). */
	onresult: (id: string, correct: boolean) => void = () => {};

	/** Storage blocked: the seat lives in memory for the page's life (a reload loses it). */
	constructor(storage: LiveStorage = siteStorage) {
		this.#storage = storage;
		this.#seat = readJson<Seat>(storage, SEAT_KEY);
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
		if (!view || view.kind !== 'quiz' || view.phase !== 'open' || view.choices) return;
		this.pending = { question: view.index, choices };
		this.link.send({ type: 'answer', ...this.pending });
	}

	/** A vote in the class game; a later one replaces it until the vote closes. */
	vote(option: number) {
		const view = this.view;
		if (!view || view.kind !== 'game' || view.phase !== 'open') return;
		this.pendingVote = { quarter: view.index, option };
		this.link.send({ type: 'vote', ...this.pendingVote });
	}

	/** Leaves the room on this device (to join another one). */
	leave() {
		this.#seat = null;
		this.#storage.remove(SEAT_KEY);
		this.view = null;
		this.pending = null;
		this.pendingVote = null;
	}

	#resume() {
		if (!this.#seat) return;
		this.link.send({ type: 'rejoin', ...this.#seat });
	}

	#receive(m: ServerMessage) {
		switch (m.type) {
			case 'seat':
				this.#seat = { code: m.code, playerId: m.playerId, seatToken: m.seatToken };
				this.#storage.write(SEAT_KEY, JSON.stringify(this.#seat));
				this.joining = false;
				return;
			case 'state':
				if (m.view.role !== 'player') return;
				if (m.view.kind === 'game') this.#showGame(m.view);
				else this.#show(m.view);
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
				if (m.code === 'not-open') this.pending = this.pendingVote = null;
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

	#showGame(view: GamePlayerView) {
		this.view = view;
		this.message = null;
		this.countdown.set(view.remainingMs, view.phase === 'open');
		const pending = this.pendingVote;
		if (!pending) return;
		if (view.index !== pending.quarter || (view.phase !== 'open' && view.phase !== 'paused')) {
			this.pendingVote = null;
			if (view.choice !== pending.option)
				this.message = 'Cuộc bình chọn đã đóng trước khi phiếu của bạn tới máy chủ.';
		} else if (view.choice === pending.option) this.pendingVote = null;
		// a vote given offline goes out once the seat is back
		else if (view.phase === 'open') this.link.send({ type: 'vote', ...pending });
	}

	/** Each revealed answer goes to the review queue once, even after reloads. */
	#record(view: PlayerView) {
		const mark = `${view.code}:${view.index}`;
		const done = readJson<string[]>(this.#storage, RECORDED_KEY) ?? [];
		if (done.includes(mark)) return;
		this.#storage.write(RECORDED_KEY, JSON.stringify([...done, mark].slice(-200)));
		this.onresult(view.question!.id, view.correct!);
	}
}
