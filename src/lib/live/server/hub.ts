import { makeCode, readCode } from '../core/code';
import { LiveError } from '../core/errors';
import { JOIN_LIMITS, JoinGuard, MessageBudget } from '../core/limits';
import { parseClientMessage } from '../core/messages';
import type { ClientMessage, ServerMessage } from '../core/protocol';
import { newGameRoom } from '../core/game-room';
import { allAnswered, applyEvent, newRoom, scores, type Room, type RoomEvent } from '../core/room';
import { hostView, playerView } from '../core/view';
import { soloFanout } from './fanout';
import { limited, type Guard } from './guard';
import { RoomBook } from './room-book';
import { changeBetween, KEEP_MS, type RoomChange, type RoomStore } from './room-store';
import type { Client, HubOptions, LiveRoom, Socket } from './hub-types';
import { cryptoInt, hashToken, newToken, tokenMatches } from './tokens';

export type { HubOptions, Socket } from './hub-types';

/** How long the host's screen may lag the answers: one update per this many ms at most. */
const HOST_UPDATE_MS = 100;

/**
 * The live rooms of one server process: takes clients' messages, decides each event on the
 * room with the pure core, commits what changed through the room book (the store, and the
 * other processes serving the room), and sends every client here its view. A restart
 * loads the rooms back from the store.
 */
export class LiveHub {
	#book: RoomBook<LiveRoom>;
	#guard: Guard;
	#store: RoomStore;
	#options: HubOptions;
	#now: () => number;
	#sweeper: ReturnType<typeof setInterval>;
	/** Rooms come back from the store before the first message is handled. */
	readonly ready: Promise<void>;

	constructor(options: HubOptions) {
		this.#options = options;
		this.#store = options.store;
		this.#now = options.now ?? Date.now;
		this.#guard = options.guard ?? new JoinGuard(options.limits ?? JOIN_LIMITS);
		this.#book = new RoomBook<LiveRoom>(this.#store, options.fanout ?? soloFanout(), {
			make: (held) => ({
				...held,
				hosts: new Set(),
				players: new Map(),
				timer: null,
				hostUpdate: null
			}),
			changed: (live, change, own) => this.#changed(live, change, own),
			presence: (live) => this.#scheduleHostUpdate(live),
			seats: (live) => [...live.players.keys()]
		});
		this.ready = this.#start();
		this.#sweeper = setInterval(() => this.#sweep(), 60 * 60_000);
		this.#sweeper.unref();
	}

	async #start() {
		await this.#store.deleteBefore(this.#now() - KEEP_MS);
		await this.#book.resume();
		for (const live of this.#book.values()) await this.#tick(live);
	}

	connect(socket: Socket, address: string) {
		const client: Client = {
			socket,
			address,
			budget: new MessageBudget(20, 5, this.#now()),
			code: null,
			host: false,
			playerId: null,
			queue: this.ready
		};
		return {
			message: (text: string) => {
				client.queue = client.queue.then(() => this.#receive(client, text));
			},
			close: () => this.#leave(client)
		};
	}

	/** Stops the timers (the store stays open: the caller owns it). */
	stop() {
		clearInterval(this.#sweeper);
		this.#book.stop();
		for (const live of this.#book.values()) {
			if (live.timer) clearTimeout(live.timer);
			if (live.hostUpdate) clearTimeout(live.hostUpdate);
		}
	}

	async #receive(client: Client, text: string) {
		if (!client.budget.take(this.#now()))
			return this.#send(client, {
				type: 'error',
				code: 'rate-limited',
				message: 'Bạn gửi quá nhanh, hãy chờ một chút.'
			});
		const message = parseClientMessage(text);
		try {
			if (!message) throw new LiveError('bad-message', 'Tin nhắn không hợp lệ.');
			await this.#handle(client, message);
		} catch (error) {
			if (error instanceof LiveError)
				return this.#send(client, { type: 'error', code: error.code, message: error.message });
			// A bug or a full disk must not take the class down: this message fails, the rest go on.
			console.error('live:', error);
			this.#send(client, {
				type: 'error',
				code: 'bad-message',
				message: 'Máy chủ gặp lỗi khi xử lý yêu cầu này.'
			});
		}
	}

	async #handle(client: Client, m: ClientMessage) {
		switch (m.type) {
			case 'host.create':
				return this.#create(client, (now) => {
					const questions = this.#options.questions(m.questionIds);
					if (!questions)
						throw new LiveError('no-questions', 'Có câu hỏi không còn trong ngân hàng.');
					return newRoom('', questions, m.seconds, now);
				});
			case 'host.game':
				return this.#create(client, (now) => newGameRoom('', m, now));
			case 'host.moves':
				return this.#hostAct(client, { type: 'moves', moves: m.moves });
			case 'vote': {
				const live = client.code ? this.#book.get(client.code) : undefined;
				if (!live || !client.playerId) throw new LiveError('bad-seat', 'Bạn chưa vào phiên nào.');
				const { quarter, option } = m;
				await this.#apply(live, { type: 'vote', playerId: client.playerId, quarter, option });
				// the phone learns its vote counted; the projector's count follows within 100 ms
				this.#sendPlayer(live, client.playerId);
				return this.#scheduleHostUpdate(live);
			}
			case 'host.resume': {
				const live = await this.#find(m.code);
				if (!live || !tokenMatches(m.hostToken, live.hostHash)) {
					await this.#guard.miss(client.address, this.#now());
					throw new LiveError('not-host', 'Không mở lại được phiên này trên máy này.');
				}
				this.#bind(client, live, true, null);
				return this.#send(client, this.#hostState(live, client));
			}
			case 'host.command':
				return this.#hostAct(client, { type: m.command });
			case 'host.kick':
				return this.#hostAct(client, { type: 'kick', playerId: m.playerId });
			case 'join':
				return this.#join(client, m.code, m.nickname);
			case 'rejoin': {
				const live = await this.#find(readCode(m.code) ?? '');
				const player = live?.room.players.find((p) => p.id === m.playerId);
				if (!live || !player || !tokenMatches(m.seatToken, live.seatHashes.get(m.playerId))) {
					await this.#guard.miss(client.address, this.#now());
					throw new LiveError('bad-seat', 'Không tìm thấy chỗ của bạn trong phiên này.');
				}
				if (player.kicked) throw new LiveError('kicked', 'Bạn đã được mời ra khỏi phiên này.');
				this.#bind(client, live, false, player.id);
				this.#send(client, { type: 'state', view: playerView(live.room, player.id, this.#now()) });
				return this.#scheduleHostUpdate(live);
			}
			case 'answer': {
				const live = client.code ? this.#book.get(client.code) : undefined;
				if (!live || !client.playerId) throw new LiveError('bad-seat', 'Bạn chưa vào phiên nào.');
				const event: RoomEvent = {
					type: 'answer',
					playerId: client.playerId,
					question: m.question,
					choices: m.choices
				};
				const change = await this.#apply(live, event);
				this.#send(client, { type: 'answered', question: m.question, accepted: true });
				if (change) this.#react(live, change);
				return;
			}
		}
	}

	/** A new room (a quiz or a class game) made by `make`, under a fresh code. */
	async #create(client: Client, make: (now: number) => Room) {
		const verdict = await this.#guard.attempt(client.address, this.#now());
		if (!verdict.ok) throw limited(verdict.reason);
		const room = make(this.#now());
		const hostToken = newToken();
		const live = await this.#book.create((taken) => ({
			room: { ...room, code: makeCode(cryptoInt, taken) },
			hostHash: hashToken(hostToken),
			seatHashes: new Map(),
			seq: 0,
			pv: 0
		}));
		this.#bind(client, live, true, null);
		this.#send(client, { type: 'host.welcome', code: live.room.code, hostToken });
		this.#send(client, this.#hostState(live, client));
	}

	async #join(client: Client, input: string, nickname: string) {
		const now = this.#now();
		const verdict = await this.#guard.attempt(client.address, now);
		if (!verdict.ok) throw limited(verdict.reason);
		const code = readCode(input);
		const live = code ? await this.#find(code) : undefined;
		if (!live) {
			await this.#guard.miss(client.address, now);
			throw new LiveError('bad-code', 'Không có phiên nào với mã này. Hãy kiểm tra lại mã.');
		}
		const playerId = newToken(12);
		const seatToken = newToken();
		await this.#apply(live, { type: 'join', playerId, nickname }, hashToken(seatToken));
		this.#bind(client, live, false, playerId);
		const room = live.room;
		this.#send(client, { type: 'seat', code: room.code, playerId, seatToken });
		this.#send(client, { type: 'state', view: playerView(room, playerId, this.#now()) });
		this.#scheduleHostUpdate(live);
	}

	async #hostAct(client: Client, event: RoomEvent) {
		const live = client.code ? this.#book.get(client.code) : undefined;
		if (!live || !client.host || !live.hosts.has(client))
			throw new LiveError('not-host', 'Chỉ người tạo phiên mới làm được việc này.');
		const change = await this.#apply(live, event);
		if (change) this.#react(live, change);
		else this.#broadcast(live);
	}

	/**
	 * Decides an event on the room with the core, commits what it changed (the store may
	 * refuse a decision made on an outdated room: it is then made again) and returns it.
	 */
	#apply(live: LiveRoom, event: RoomEvent, seatHash?: string): Promise<RoomChange | null> {
		return this.#book.commit(live, (held) =>
			changeBetween(held.room, applyEvent(held.room, event, this.#now()), seatHash)
		);
	}

	/** After a change was applied to the room, from this process or another. */
	#changed(live: LiveRoom, change: RoomChange | null, own: boolean) {
		if (!change || change.kind === 'phase') this.#arm(live);
		if (!change) this.#broadcast(live);
		else if (!own) this.#react(live, change);
	}

	/** What the clients here are sent after a change. */
	#react(live: LiveRoom, change: RoomChange) {
		switch (change.kind) {
			case 'player':
				return this.#scheduleHostUpdate(live);
			case 'answer':
				this.#sendPlayer(live, change.answer.player);
				return allAnswered(live.room) ? this.#broadcast(live) : this.#scheduleHostUpdate(live);
			case 'kick':
				for (const seat of live.players.get(change.playerId) ?? []) {
					this.#send(seat, { type: 'kicked', message: 'Giảng viên đã mời bạn ra khỏi phiên.' });
					seat.code = seat.playerId = null;
					seat.socket.close(4000, 'kicked');
				}
				live.players.delete(change.playerId);
				return this.#broadcast(live);
			case 'phase':
				return this.#broadcast(live);
		}
	}

	/** Closes the open question if its deadline has passed; sends the new views if so. */
	async #tick(live: LiveRoom) {
		const change = await this.#apply(live, { type: 'tick' });
		if (change) this.#react(live, change);
	}

	/** The timer that closes the open question at its deadline (each process arms its own). */
	#arm(live: LiveRoom) {
		if (live.timer) clearTimeout(live.timer);
		live.timer = null;
		const { phase, deadline } = live.room;
		if (phase !== 'open' || deadline === null) return;
		live.timer = setTimeout(
			() => {
				live.timer = null;
				this.#tick(live)
					.catch((error) => console.error('live:', error))
					.finally(() => live.timer === null && this.#arm(live));
			},
			Math.max(0, deadline - this.#now()) + 5
		);
		live.timer.unref?.();
	}

	/** The room from this process or the store; a question whose deadline passed closes now. */
	async #find(code: string): Promise<LiveRoom | undefined> {
		const live = code ? await this.#book.find(code) : undefined;
		if (live) await this.#tick(live);
		return live;
	}

	#bind(client: Client, live: LiveRoom, host: boolean, playerId: string | null) {
		this.#leave(client);
		client.code = live.room.code;
		client.host = host;
		client.playerId = playerId;
		if (host) live.hosts.add(client);
		else if (playerId) {
			const seats = live.players.get(playerId) ?? new Set();
			seats.add(client);
			if (seats.size === 1) this.#book.seatsChanged(live);
			live.players.set(playerId, seats);
		}
	}

	#leave(client: Client) {
		const live = client.code ? this.#book.get(client.code) : undefined;
		if (!live) return;
		live.hosts.delete(client);
		if (client.playerId) {
			const seats = live.players.get(client.playerId);
			seats?.delete(client);
			if (seats?.size === 0) {
				live.players.delete(client.playerId);
				this.#scheduleHostUpdate(live);
				this.#book.seatsChanged(live);
			}
		}
		client.code = null;
	}

	#hostState(live: LiveRoom, _client: Client): ServerMessage {
		const connected = new Set(live.players.keys());
		for (const id of this.#book.peerPlayers(live)) connected.add(id);
		const origin = this.#options.joinOrigin?.() ?? null;
		return { type: 'state', view: hostView(live.room, this.#now(), connected, origin) };
	}

	#sendPlayer(live: LiveRoom, playerId: string, ranking = scores(live.room)) {
		const seats = live.players.get(playerId);
		if (!seats?.size) return;
		const text = JSON.stringify({
			type: 'state',
			view: playerView(live.room, playerId, this.#now(), ranking)
		} satisfies ServerMessage);
		for (const seat of seats) seat.socket.send(text);
	}

	/** Everyone's view, now: after a phase change. */
	#broadcast(live: LiveRoom) {
		if (live.hostUpdate) clearTimeout(live.hostUpdate);
		live.hostUpdate = null;
		for (const host of live.hosts) this.#send(host, this.#hostState(live, host));
		const ranking = scores(live.room);
		for (const playerId of live.players.keys()) this.#sendPlayer(live, playerId, ranking);
	}

	#scheduleHostUpdate(live: LiveRoom) {
		if (live.hostUpdate || live.hosts.size === 0) return;
		live.hostUpdate = setTimeout(() => {
			live.hostUpdate = null;
			for (const host of live.hosts) this.#send(host, this.#hostState(live, host));
		}, HOST_UPDATE_MS);
		live.hostUpdate.unref?.();
	}

	#send(client: Client, message: ServerMessage) {
		client.socket.send(JSON.stringify(message));
	}

	#sweep() {
		const now = this.#now();
		this.#guard.sweep(now);
		void this.#store.deleteBefore(now - KEEP_MS);
		for (const live of [...this.#book.values()])
			if (live.room.createdAt < now - KEEP_MS || (live.room.phase === 'ended' && !live.hosts.size))
				this.#book.drop(live.room.code);
	}
}

export type { Room };
