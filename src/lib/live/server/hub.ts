import { makeCode, readCode } from '../core/code';
import { LiveError } from '../core/errors';
import { JOIN_LIMITS, JoinGuard, MessageBudget, type JoinLimits } from '../core/limits';
import { parseClientMessage } from '../core/messages';
import type { ClientMessage, ServerMessage } from '../core/protocol';
import type { LiveQuestion } from '../core/questions';
import { allAnswered, applyEvent, newRoom, scores, type Room, type RoomEvent } from '../core/room';
import { hostView, playerView } from '../core/view';
import { KEEP_MS, LiveStore, type StoredRoom } from './store';
import { cryptoInt, hashToken, newToken, tokenMatches } from './tokens';

/** What the hub needs of a connection (a `ws` WebSocket has it). */
export type Socket = {
	send(data: string): void;
	close(code?: number, reason?: string): void;
};

type Client = {
	socket: Socket;
	address: string;
	budget: MessageBudget;
	code: string | null;
	/** Set when the client is the room's host; else the player it holds a seat for. */
	host: boolean;
	playerId: string | null;
};

type LiveRoom = StoredRoom & {
	hosts: Set<Client>;
	players: Map<string, Set<Client>>;
	timer: ReturnType<typeof setTimeout> | null;
	hostUpdate: ReturnType<typeof setTimeout> | null;
};

export type HubOptions = {
	store: LiveStore;
	/** The live questions for these ids, in that order; null when one is unknown. */
	questions: (ids: readonly string[]) => LiveQuestion[] | null;
	/** The origin to put in the QR code (a LAN address), or null for the page's own. */
	joinOrigin?: () => string | null;
	limits?: JoinLimits;
	now?: () => number;
};

/** How long the host's screen may lag the answers: one update per this many ms at most. */
const HOST_UPDATE_MS = 100;

/**
 * The live rooms of one server process: takes clients' messages, applies them to the
 * room with the pure core, writes what changed to the store, and sends every client its
 * view. Rooms live in memory and in the store; a restart loads the unfinished ones.
 */
export class LiveHub {
	#rooms = new Map<string, LiveRoom>();
	#guard: JoinGuard;
	#store: LiveStore;
	#options: HubOptions;
	#now: () => number;
	#sweeper: ReturnType<typeof setInterval>;

	constructor(options: HubOptions) {
		this.#options = options;
		this.#store = options.store;
		this.#now = options.now ?? Date.now;
		this.#guard = new JoinGuard(options.limits ?? JOIN_LIMITS);
		this.#store.deleteBefore(this.#now() - KEEP_MS);
		for (const stored of this.#store.loadActiveRooms()) this.#adopt(stored);
		this.#sweeper = setInterval(() => this.#sweep(), 60 * 60_000);
		this.#sweeper.unref();
	}

	connect(socket: Socket, address: string) {
		const client: Client = {
			socket,
			address,
			budget: new MessageBudget(20, 5, this.#now()),
			code: null,
			host: false,
			playerId: null
		};
		return {
			message: (text: string) => this.#receive(client, text),
			close: () => this.#leave(client)
		};
	}

	/** Stops the timers (the store stays open: the caller owns it). */
	stop() {
		clearInterval(this.#sweeper);
		for (const live of this.#rooms.values()) {
			if (live.timer) clearTimeout(live.timer);
			if (live.hostUpdate) clearTimeout(live.hostUpdate);
		}
	}

	#receive(client: Client, text: string) {
		if (!client.budget.take(this.#now()))
			return this.#send(client, {
				type: 'error',
				code: 'rate-limited',
				message: 'Bạn gửi quá nhanh, hãy chờ một chút.'
			});
		const message = parseClientMessage(text);
		try {
			if (!message) throw new LiveError('bad-message', 'Tin nhắn không hợp lệ.');
			this.#handle(client, message);
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

	#handle(client: Client, m: ClientMessage) {
		switch (m.type) {
			case 'host.create':
				return this.#create(client, m.questionIds, m.seconds);
			case 'host.resume': {
				const live = this.#find(m.code);
				if (!live || !tokenMatches(m.hostToken, live.hostHash)) {
					this.#guard.miss(client.address, this.#now());
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
				const live = this.#find(readCode(m.code) ?? '');
				const player = live?.room.players.find((p) => p.id === m.playerId);
				if (!live || !player || !tokenMatches(m.seatToken, live.seatHashes.get(m.playerId))) {
					this.#guard.miss(client.address, this.#now());
					throw new LiveError('bad-seat', 'Không tìm thấy chỗ của bạn trong phiên này.');
				}
				if (player.kicked) throw new LiveError('kicked', 'Bạn đã được mời ra khỏi phiên này.');
				this.#bind(client, live, false, player.id);
				this.#send(client, { type: 'state', view: playerView(live.room, player.id, this.#now()) });
				return this.#scheduleHostUpdate(live);
			}
			case 'answer': {
				const live = client.code ? this.#rooms.get(client.code) : undefined;
				if (!live || !client.playerId) throw new LiveError('bad-seat', 'Bạn chưa vào phiên nào.');
				const event: RoomEvent = {
					type: 'answer',
					playerId: client.playerId,
					question: m.question,
					choices: m.choices
				};
				const before = live.room.answers.length;
				this.#apply(live, event);
				this.#send(client, { type: 'answered', question: m.question, accepted: true });
				if (live.room.answers.length === before) return;
				this.#sendPlayer(live, client.playerId);
				if (allAnswered(live.room)) return this.#broadcast(live);
				return this.#scheduleHostUpdate(live);
			}
		}
	}

	#create(client: Client, ids: string[], seconds: number) {
		const verdict = this.#guard.attempt(client.address, this.#now());
		if (!verdict.ok) throw limited(verdict.reason);
		const questions = this.#options.questions(ids);
		if (!questions) throw new LiveError('no-questions', 'Có câu hỏi không còn trong ngân hàng.');
		const code = makeCode(cryptoInt, (c) => this.#rooms.has(c) || this.#store.hasRoom(c));
		const room = newRoom(code, questions, seconds, this.#now());
		const hostToken = newToken();
		const stored: StoredRoom = { room, hostHash: hashToken(hostToken), seatHashes: new Map() };
		this.#store.createRoom(room, stored.hostHash);
		const live = this.#adopt(stored);
		this.#bind(client, live, true, null);
		this.#send(client, { type: 'host.welcome', code, hostToken });
		this.#send(client, this.#hostState(live, client));
	}

	#join(client: Client, input: string, nickname: string) {
		const now = this.#now();
		const verdict = this.#guard.attempt(client.address, now);
		if (!verdict.ok) throw limited(verdict.reason);
		const code = readCode(input);
		const live = code ? this.#find(code) : undefined;
		if (!live) {
			this.#guard.miss(client.address, now);
			throw new LiveError('bad-code', 'Không có phiên nào với mã này. Hãy kiểm tra lại mã.');
		}
		const playerId = newToken(12);
		const seatToken = newToken();
		const room = applyEvent(live.room, { type: 'join', playerId, nickname }, now);
		const player = room.players.at(-1)!;
		this.#store.addPlayer(live.room.code, player, hashToken(seatToken));
		live.room = room;
		live.seatHashes.set(playerId, hashToken(seatToken));
		this.#bind(client, live, false, playerId);
		this.#send(client, { type: 'seat', code: room.code, playerId, seatToken });
		this.#send(client, { type: 'state', view: playerView(room, playerId, now) });
		this.#scheduleHostUpdate(live);
	}

	#hostAct(client: Client, event: RoomEvent) {
		const live = client.code ? this.#rooms.get(client.code) : undefined;
		if (!live || !client.host || !live.hosts.has(client))
			throw new LiveError('not-host', 'Chỉ người tạo phiên mới làm được việc này.');
		this.#apply(live, event);
		if (event.type === 'kick') {
			for (const seat of live.players.get(event.playerId) ?? []) {
				this.#send(seat, { type: 'kicked', message: 'Giảng viên đã mời bạn ra khỏi phiên.' });
				seat.code = seat.playerId = null;
				seat.socket.close(4000, 'kicked');
			}
			live.players.delete(event.playerId);
		}
		this.#broadcast(live);
	}

	/** Applies an event, writes what it changed, then keeps the new room (in that order). */
	#apply(live: LiveRoom, event: RoomEvent) {
		const before = live.room;
		const room = applyEvent(before, event, this.#now());
		if (room === before) return;
		const code = room.code;
		if (event.type === 'answer') this.#store.addAnswer(code, room.answers.at(-1)!);
		else if (event.type === 'kick') this.#store.kick(code, event.playerId);
		else this.#store.savePhase(room);
		live.room = room;
		if (room.phase !== before.phase || room.index !== before.index) this.#arm(live);
	}

	/** The timer that closes the open question at its deadline. */
	#arm(live: LiveRoom) {
		if (live.timer) clearTimeout(live.timer);
		live.timer = null;
		const { phase, deadline } = live.room;
		if (phase !== 'open' || deadline === null) return;
		live.timer = setTimeout(
			() => {
				live.timer = null;
				this.#apply(live, { type: 'tick' });
				if (live.room.phase === 'open') this.#arm(live);
				else this.#broadcast(live);
			},
			Math.max(0, deadline - this.#now()) + 5
		);
		live.timer.unref?.();
	}

	#adopt(stored: StoredRoom): LiveRoom {
		const live: LiveRoom = {
			...stored,
			hosts: new Set(),
			players: new Map(),
			timer: null,
			hostUpdate: null
		};
		this.#rooms.set(stored.room.code, live);
		// A question whose deadline passed while the server was down closes now.
		this.#apply(live, { type: 'tick' });
		this.#arm(live);
		return live;
	}

	#find(code: string): LiveRoom | undefined {
		const live = this.#rooms.get(code);
		if (live) return live;
		const stored = code ? this.#store.loadRoom(code) : null;
		return stored ? this.#adopt(stored) : undefined;
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
			live.players.set(playerId, seats);
		}
	}

	#leave(client: Client) {
		const live = client.code ? this.#rooms.get(client.code) : undefined;
		if (!live) return;
		live.hosts.delete(client);
		if (client.playerId) {
			const seats = live.players.get(client.playerId);
			seats?.delete(client);
			if (seats?.size === 0) {
				live.players.delete(client.playerId);
				this.#scheduleHostUpdate(live);
			}
		}
		client.code = null;
	}

	#hostState(live: LiveRoom, _client: Client): ServerMessage {
		const connected = new Set(live.players.keys());
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
		this.#store.deleteBefore(now - KEEP_MS);
		for (const [code, live] of this.#rooms)
			if (live.room.createdAt < now - KEEP_MS || (live.room.phase === 'ended' && !live.hosts.size))
				this.#rooms.delete(code);
	}
}

const limited = (reason: 'locked' | 'rate-limited') =>
	reason === 'locked'
		? new LiveError('locked', 'Nhập sai mã quá nhiều lần. Hãy thử lại sau ít phút.')
		: new LiveError('rate-limited', 'Có quá nhiều lượt vào phiên từ mạng này. Hãy thử lại sau.');

export type { Room };
